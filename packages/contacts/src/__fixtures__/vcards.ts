/** An Apple Contacts style vCard 3.0: grouped properties, folded lines, escaped separators, LF only. */
export const appleVCard3 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
  'N:Mustermann;Max;;;',
  'FN:Max Mustermann',
  'ORG:Muster\\, GmbH;Vertrieb',
  'item1.TEL;type=CELL;type=VOICE;type=pref:+49 157 39777777',
  'item2.EMAIL;type=INTERNET;type=HOME:max@example.com',
  'item3.ADR;type=HOME;type=pref:;;Musterstra\\;ße 1;Düsseldorf;;40219;Deutschl',
  ' and',
  'item3.X-ABADR:de',
  'END:VCARD',
].join('\n');

/** A vCard 4.0 with CRLF, a tel: URI and no ORG (the original's parser threw a TypeError on it). */
export const vCard4WithoutOrg = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Ada Lovelace',
  'N:Lovelace;Ada;;;',
  'TEL;VALUE=uri;TYPE=work,voice:tel:+4921163553355',
  'END:VCARD',
  '',
].join('\r\n');
