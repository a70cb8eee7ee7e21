import type { Address, ContactResponse, Email, PhoneNumber } from './contacts.types.js';
import { ContactsErrorMessage } from './messages.js';
import {
  escapeText,
  foldLine,
  parseVCardProperties,
  splitComponents,
  typeParameter,
  typesOf,
  unescapeText,
  utf8Surplus,
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
  // The card is written unfolded, one string line by line, while the longest line's length in code units is
  // kept (a string's length is known without flattening it). Folding is decided for the whole card at once:
  // see fold below.
  let line = `FN:${escapeText(contact.name ?? '')}`;
  let longest = line.length;
  let card = `BEGIN:VCARD\r\nVERSION:4.0\r\n${line}\r\n`;
  line = `N:${escapeText(family)};${escapeText(given)};;;`;
  if (line.length > longest) longest = line.length;
  card += `${line}\r\n`;
  for (const organization of contact.organization ?? []) {
    if (organization.length === 0) continue;
    line = 'ORG:';
    for (let index = 0; index < organization.length; index++) {
      const value = escapeText(organization[index]!);
      line += index === 0 ? value : `;${value}`;
    }
    if (line.length > longest) longest = line.length;
    card += `${line}\r\n`;
  }
  for (const number of contact.numbers ?? []) {
    line = `TEL${typeParameter(number.type)}:${escapeText(number.number)}`;
    if (line.length > longest) longest = line.length;
    card += `${line}\r\n`;
  }
  for (const email of contact.emails ?? []) {
    line = `EMAIL${typeParameter(email.type)}:${escapeText(email.email)}`;
    if (line.length > longest) longest = line.length;
    card += `${line}\r\n`;
  }
  for (const address of contact.addresses ?? []) {
    line = 'ADR:';
    for (let index = 0; index < ADDRESS_KEYS.length; index++) {
      const value = escapeText(address[ADDRESS_KEYS[index]!] ?? '');
      line += index === 0 ? value : `;${value}`;
    }
    if (line.length > longest) longest = line.length;
    card += `${line}\r\n`;
  }
  card += 'END:VCARD\r\n';
  return fitsUnfolded(card, longest) ? card : foldCard(card);
}

// Whether no line of `card` exceeds 75 octets, `longest` being its longest line in code units. A line's octets
// are at most its code units plus the card's surplus of UTF-8 octets over code units (utf8Surplus bounds it),
// so one count over the whole card settles the usual card (ASCII, or a few umlauts) without measuring each
// line; a card the bound does not settle is folded line by line, exactly.
function fitsUnfolded(card: string, longest: number): boolean {
  if (longest <= 25) return true; // a code unit is at most 3 octets
  if (longest > 75) return false;
  return longest + utf8Surplus(card) <= 75;
}

// Escaped values hold no raw line break, so every CRLF of a card ends a content line; each line is folded on
// its own (foldLine leaves a line that fits as it is).
function foldCard(card: string): string {
  const lines = card.split('\r\n');
  for (let index = 0; index < lines.length; index++) lines[index] = foldLine(lines[index]!);
  return lines.join('\r\n');
}
