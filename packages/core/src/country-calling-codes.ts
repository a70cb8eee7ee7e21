/**
 * Every assigned country calling code (ITU-T E.164), geographic and non-geographic.
 *
 * Written out here instead of importing a phone-number library: the original SDK's phone library was 70 % of
 * its browser bundle, and the only question asked is "does this parse as an international number". The
 * table is kept honest by a test that compares it with the codes of libphonenumber-js (a dev dependency).
 */
// Ranges (`30-34`) keep the table short in browser bundles; every code in a range is assigned.
const CODES =
  '1 7 20 27 30-34 36 39-41 43-49 51-58 60-66 81 82 84 86 90-95 98 211-213 216 218 220-258 260-269 290 291 ' +
  '297-299 350-359 370-378 380-383 385-387 389 420 421 423 500-509 590-599 670 672-683 685-692 800 808 850 852 ' +
  '853 855 856 870 878 880-883 886 888 960-968 970-977 979 992-996 998';

function expand(ranges: string): Set<string> {
  const codes = new Set<string>();
  for (const range of ranges.split(' ')) {
    const [first, last = first] = range.split('-');
    for (let code = Number(first); code <= Number(last); code++) codes.add(String(code));
  }
  return codes;
}

/** The assigned country calling codes, as strings of digits. */
export const COUNTRY_CALLING_CODES: ReadonlySet<string> = expand(CODES);
