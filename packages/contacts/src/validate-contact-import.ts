import { SipgateIOValidationError, validateEmail, validatePhoneNumber } from '@sipgateio/core';
import type { ContactImport, ContactsDTO, Scope } from './contacts.types.js';
import { ContactsErrorMessage } from './messages.js';
import { validateScope } from './validate-scope.js';

/**
 * Checks a contact to create and builds the POST /contacts body: at least one non-empty name (the original
 * accepted `undefined` names and sent "undefined undefined"), a valid phone number (sent in E.164) and e-mail.
 * @throws {SipgateIOValidationError} `Names not given`, the core phone and e-mail messages, or an invalid scope.
 */
export function validateContactImport(contact: ContactImport, scope: Scope): ContactsDTO {
  if (typeof contact !== 'object' || contact === null) {
    throw new SipgateIOValidationError(ContactsErrorMessage.CONTACTS_MISSING_NAME_ATTRIBUTE, 'contact');
  }
  const given = nameOf(contact.firstname, 'firstname');
  const family = nameOf(contact.lastname, 'lastname');
  if (given === '' && family === '') {
    throw new SipgateIOValidationError(ContactsErrorMessage.CONTACTS_MISSING_NAME_ATTRIBUTE, 'firstname');
  }
  validateScope(scope, ['PRIVATE', 'SHARED']);
  const { phone, email, address } = contact;
  return {
    name: [given, family].filter((part) => part !== '').join(' '),
    family,
    given,
    organization: contact.organization ?? [],
    picture: contact.picture ?? null,
    scope,
    addresses: address ? [address] : [],
    emails: email
      ? [{ ...email, email: validateEmail(email.email, 'email.email'), type: email.type ?? [] }]
      : [],
    numbers: phone
      ? [{ ...phone, number: validatePhoneNumber(phone.number, 'phone.number'), type: phone.type ?? [] }]
      : [],
  };
}

function nameOf(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new SipgateIOValidationError(`Invalid ${field}: expected a string`, field);
  }
  return value.trim();
}
