import type { Address, ContactResponse, Email, PhoneNumber } from './contacts.types.js';
import { ContactsErrorMessage } from './messages.js';
import {
  escapeText,
  foldLine,
  octetsUpTo75,
  parseVCardProperties,
  splitComponents,
  typeParameter,
  typesOf,
  unescapeText,
  type VCardProperty,
  vCardError,
} from './vcard-syntax.js';

/** An address read from a vCard ADR, with its TYPE values. */
export interface VCardAddress extends Address {
  type: string[];
}

/** Everything this package reads from one vCard. */
export interface VCardContact {
  version: string;
  /** FN, or given and family name joined when the card has no FN. */
  name: string;
  /** N component 2. */
  given: string;
  /** N component 1. */
  family: string;
  numbers: PhoneNumber[];
  emails: Email[];
  addresses: VCardAddress[];
  organization: string[][];
}

/** A contact read from a vCard under the original's import rules (one number, at most one e-mail and address). */
export interface ContactVCard {
  firstname: string;
  lastname: string;
  /** FN, or first and last name joined when the card has no FN. */
  name: string;
  phoneNumber: string;
  phoneNumberType: string[];
  email?: string;
  emailType?: string[];
  organization: string[][];
  address?: Address;
  addressType?: string[];
}

const ADDRESS_KEYS = [
  'poBox',
  'extendedAddress',
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
] as const satisfies readonly (keyof Address)[];

/**
 * Reads every card of a vCard text (4.0 or 3.0).
 * @throws {SipgateIOValidationError} for malformed text (see {@link parseVCardProperties}).
 */
export function parseVCards(text: string): VCardContact[] {
  return parseVCardProperties(text).map(readCard);
}

function readCard(properties: VCardProperty[]): VCardContact {
  const first = (name: string) => properties.find((property) => property.name === name);
  const all = (name: string) => properties.filter((property) => property.name === name);
  const [family = '', given = ''] = splitComponents(first('N')?.value ?? '');
  const fullName = first('FN');
  return {
    version: first('VERSION')?.value.trim() ?? '',
    name: fullName ? unescapeText(fullName.value) : [given, family].filter((part) => part !== '').join(' '),
    given,
    family,
    numbers: all('TEL').map((property) => ({ number: telValue(property), type: typesOf(property) })),
    emails: all('EMAIL').map((property) => ({
      email: unescapeText(property.value),
      type: typesOf(property),
    })),
    addresses: all('ADR').map((property) => ({ ...readAddress(property), type: typesOf(property) })),
    organization: all('ORG').map((property) => splitComponents(property.value)),
  };
}

// vCard 4.0 allows TEL as a tel: URI (TEL;VALUE=uri:tel:+49…); the API wants the number itself.
function telValue(property: VCardProperty): string {
  return unescapeText(property.value).replace(/^tel:/i, '');
}

function readAddress(property: VCardProperty): Address {
  const [
    poBox = '',
    extendedAddress = '',
    streetAddress = '',
    locality = '',
    region = '',
    postalCode = '',
    country = '',
  ] = splitComponents(property.value);
  return { poBox, extendedAddress, streetAddress, locality, region, postalCode, country };
}

/**
 * Reads the one card of a vCard text under the original's rules: version 4.0 or 3.0; N with at least two
 * components; exactly one TEL; at most one ADR (with seven components) and one EMAIL. Grouped properties
 * (`item1.TEL`) count like ungrouped ones. TEL, EMAIL and ADR types are kept; ORG is optional.
 * @throws {SipgateIOValidationError} with the original's message for the first rule broken (field
 * `vcardContent`).
 */
export function parseVCard(text: string): ContactVCard {
  const cards = parseVCardProperties(text);
  if (cards.length > 1) throw vCardError('Only one vCard is allowed per import');
  const properties = cards[0]!;
  const count = (name: string) => properties.filter((property) => property.name === name).length;
  const card = readCard(properties);

  if (card.version !== '4.0' && card.version !== '3.0') {
    throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_VCARD_VERSION);
  }
  const name = properties.find((property) => property.name === 'N');
  if (name === undefined) throw vCardError(ContactsErrorMessage.CONTACTS_MISSING_NAME_ATTRIBUTE);
  if (count('TEL') === 0) throw vCardError(ContactsErrorMessage.CONTACTS_MISSING_TEL_ATTRIBUTE);
  if (splitComponents(name.value).length < 2) {
    throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_AMOUNT_OF_NAMES);
  }
  if (count('TEL') > 1) throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_AMOUNT_OF_PHONE_NUMBERS);
  if (count('ADR') > 1) throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_AMOUNT_OF_ADDRESSES);
  const adr = properties.find((property) => property.name === 'ADR');
  if (adr !== undefined && splitComponents(adr.value).length < 7) {
    throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_AMOUNT_OF_ADDRESS_VALUES);
  }
  if (count('EMAIL') > 1) throw vCardError(ContactsErrorMessage.CONTACTS_INVALID_AMOUNT_OF_EMAILS);

  const [number] = card.numbers;
  const [email] = card.emails;
  const [address] = card.addresses;
  return {
    firstname: card.given,
    lastname: card.family,
    name: card.name,
    phoneNumber: number!.number,
    phoneNumberType: number!.type,
    ...(email && { email: email.email, emailType: email.type }),
    organization: card.organization,
    ...(address && { address: withoutType(address), addressType: address.type }),
  };
}

function withoutType({ type: _type, ...address }: VCardAddress): Address {
  return address;
}

/**
 * One contact as a vCard 4.0: BEGIN, VERSION, FN, N, ORG, TEL, EMAIL, ADR and END, values escaped, lines
 * folded at 75 octets, every line ending in CRLF (including the last, as RFC 6350 requires).
 *
 * N is `family;given;;;`. The API's contact has one `name`; where it also sends `given`/`family` those are
 * used, otherwise the whole name goes into the family-name slot: splitting at a space guesses wrong for many
 * names ("Ludwig van Beethoven", "Mao Zedong"), while FN keeps the name as written and an importer reading
 * N back gets it complete.
 */
export function formatVCard(contact: ContactResponse): string {
  const hasParts = Boolean(contact.given) || Boolean(contact.family);
  const family = hasParts ? (contact.family ?? '') : (contact.name ?? '');
  const given = hasParts ? (contact.given ?? '') : '';
  // Each line's octets are summed from its parts (flat strings, measured cheaply), so a line is joined and
  // folded only when it is longer than 75 octets; the card is one string built line by line.
  let card = `BEGIN:VCARD\r\nVERSION:4.0\r\n${contentLine('FN:', escapeText(contact.name ?? ''))}`;
  const escapedFamily = escapeText(family);
  const escapedGiven = escapeText(given);
  card += fitted(
    `N:${escapedFamily};${escapedGiven};;;`,
    6 + octetsUpTo75(escapedFamily) + octetsUpTo75(escapedGiven),
  );
  for (const organization of contact.organization ?? []) {
    if (organization.length === 0) continue;
    let line = 'ORG:';
    let octets = 4 + organization.length - 1;
    for (let index = 0; index < organization.length; index++) {
      const value = escapeText(organization[index]!);
      line += index === 0 ? value : `;${value}`;
      octets += octetsUpTo75(value);
    }
    card += fitted(line, octets);
  }
  for (const number of contact.numbers ?? []) {
    card += contentLine(`TEL${typeParameter(number.type)}:`, escapeText(number.number));
  }
  for (const email of contact.emails ?? []) {
    card += contentLine(`EMAIL${typeParameter(email.type)}:`, escapeText(email.email));
  }
  for (const address of contact.addresses ?? []) {
    let line = 'ADR:';
    let octets = 4 + ADDRESS_KEYS.length - 1;
    for (let index = 0; index < ADDRESS_KEYS.length; index++) {
      const value = escapeText(address[ADDRESS_KEYS[index]!] ?? '');
      line += index === 0 ? value : `;${value}`;
      octets += octetsUpTo75(value);
    }
    card += fitted(line, octets);
  }
  return `${card}END:VCARD\r\n`;
}

function contentLine(prefix: string, value: string): string {
  return fitted(prefix + value, octetsUpTo75(prefix) + octetsUpTo75(value));
}

// `line` and CRLF; `octets` is the line's octet count when at most 75 (see octetsUpTo75), else folded.
function fitted(line: string, octets: number): string {
  return `${octets <= 75 ? line : foldLine(line)}\r\n`;
}
