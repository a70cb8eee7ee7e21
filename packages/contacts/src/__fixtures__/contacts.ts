import type { ContactResponse, ContactsListResponse } from '../contacts.types.js';

/** Contacts shaped like GET /contacts items. */
export const privateContact: ContactResponse = {
  id: '0b0c6a3e-7b4f-4a38-9a0c-1e1f0d1a0001',
  name: 'Ada Lovelace',
  picture: null,
  emails: [{ email: 'ada@example.com', type: ['home'] }],
  numbers: [{ number: '+4921163553355', type: ['cell'] }],
  addresses: [
    {
      poBox: '',
      extendedAddress: '',
      streetAddress: 'Gladbacher Str. 74',
      locality: 'Düsseldorf',
      region: 'NRW',
      postalCode: '40219',
      country: 'Germany',
    },
  ],
  organization: [['sipgate', 'Engineering']],
  scope: 'PRIVATE',
};

export const sharedContact: ContactResponse = {
  id: '0b0c6a3e-7b4f-4a38-9a0c-1e1f0d1a0002',
  name: 'Alan Turing',
  picture: null,
  emails: [],
  numbers: [{ number: '+4921100000000', type: ['work'] }],
  addresses: [],
  organization: [],
  scope: 'SHARED',
};

export const internalContact: ContactResponse = {
  id: '0b0c6a3e-7b4f-4a38-9a0c-1e1f0d1a0003',
  name: 'Grace Hopper',
  picture: null,
  emails: [{ email: 'grace@example.com', type: [] }],
  numbers: [],
  addresses: [],
  organization: [[]],
  scope: 'INTERNAL',
};

export const contactsPage: ContactsListResponse = {
  items: [privateContact, sharedContact, internalContact],
  totalCount: 3,
};

/** A contact with the given id and scope, for paging fakes. */
export function makeContact(index: number, scope: ContactResponse['scope'] = 'SHARED'): ContactResponse {
  return {
    id: `contact-${index}`,
    name: `Contact ${index}`,
    picture: null,
    emails: [],
    numbers: [{ number: `+4921100${String(index).padStart(6, '0')}`, type: ['work'] }],
    addresses: [],
    organization: [],
    scope,
  };
}
