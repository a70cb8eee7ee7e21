import { ApiError } from '../api-error.js';
import type { Route } from '../router.js';
import type { SandboxAccountSettings, SandboxAddress } from '../state.types.js';
import { BodyChecker } from '../validate.js';

function pathInteger(value: string | undefined, name: string): number {
  if (value === undefined || !/^\d{1,9}$/.test(value))
    throw new ApiError(400, `${name} must be an integer`, `/${name}`);
  return Number(value);
}

function findAddress(settings: SandboxAccountSettings, value: string | undefined): SandboxAddress {
  const id = pathInteger(value, 'addressId');
  const address = settings.addresses.find((candidate) => candidate.id === id);
  if (!address) throw new ApiError(404, `Address ${id} was not found`, '/addressId');
  return address;
}

function findPorting(settings: SandboxAccountSettings, value: string | undefined) {
  const id = String(pathInteger(value, 'portingId'));
  const porting = settings.portings.find((candidate) => candidate.id === id);
  if (!porting) throw new ApiError(404, `Porting ${id} was not found`, '/portingId');
  return porting;
}

/** `PUT /addresses/{addressId}` names fields differently from what `GET` answers. */
function applyAddress(address: SandboxAddress, body: unknown): void {
  const checker = new BodyChecker(body);
  const required = { required: true, nonBlank: true, maxLength: 255 };
  const countrycode = checker.string('countrycode', { ...required, pattern: /^[A-Z]{2}$/ });
  const postcode = checker.string('postcode', required);
  const city = checker.string('city', required);
  const optional = ['state', 'street', 'number', 'address1', 'address2'].map((key) =>
    checker.string(key, { maxLength: 255 }),
  );
  checker.done();
  const [state, street, number, address1, address2] = optional;
  address.country = countrycode ?? address.country;
  address.postalCode = postcode ?? address.postalCode;
  address.locality = city ?? address.locality;
  address.region = state ?? '';
  address.streetAddress = [street, number].filter(Boolean).join(' ') || (address1 ?? '');
  address.extendedAddress = address2 ?? '';
}

/** The account's details, balance, addresses and number portings. */
export const accountDetailsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/account',
    handle: ({ context }) => ({ status: 200, body: context.state.accountSettings.account }),
  },
  {
    method: 'GET',
    pattern: '/balance',
    handle: ({ context }) => ({ status: 200, body: context.state.accountSettings.balance }),
  },
  {
    method: 'GET',
    pattern: '/addresses',
    handle: ({ context }) => ({ status: 200, body: { items: context.state.accountSettings.addresses } }),
  },
  {
    method: 'GET',
    pattern: '/addresses/:addressId',
    handle: ({ context, params }) => ({
      status: 200,
      body: findAddress(context.state.accountSettings, params.addressId),
    }),
  },
  {
    method: 'PUT',
    pattern: '/addresses/:addressId',
    jsonBody: true,
    handle: ({ context, params, body }) => {
      applyAddress(findAddress(context.state.accountSettings, params.addressId), body);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/portings',
    handle: ({ context }) => ({ status: 200, body: { items: context.state.accountSettings.portings } }),
  },
  {
    method: 'GET',
    pattern: '/portings/:portingId',
    handle: ({ context, params }) => ({
      status: 200,
      body: findPorting(context.state.accountSettings, params.portingId),
    }),
  },
  {
    method: 'DELETE',
    pattern: '/portings/:portingId',
    handle: ({ context, params }) => {
      const settings = context.state.accountSettings;
      const porting = findPorting(settings, params.portingId);
      if (!porting.revocable) throw new ApiError(409, `Porting ${porting.id} can no longer be revoked`);
      settings.portings = settings.portings.filter((candidate) => candidate !== porting);
      return { status: 200, body: { items: settings.portings } };
    },
  },
];
