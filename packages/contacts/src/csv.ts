// CSV goes through papaparse: a maintained RFC 4180 parser and writer with no dependencies. Its browser build
// (the `browser` field, about 19 kB minified and 7 kB gzipped) needs no Node built-ins, and one library covers
// both directions. csv-parse and csv-stringify are two packages and larger in the browser; d3-dsv is
// ESM-only and pulls command-line dependencies; the tiny RFC 4180 libraries found were ESM-only, which
// breaks `require()` users. It is loaded on first use: parsing it costs about as much as loading every other
// module of the SDK, and only CSV with quotes and CSV exports need it.
import type Papa from 'papaparse';

let papa: typeof Papa | undefined;
let loading: Promise<void> | undefined;

/** Loads papaparse once; {@link parseCsvRows} and {@link formatCsvRows} work only after it resolved. */
export function loadCsvLibrary(): Promise<void> {
  loading ??= import('papaparse').then((module) => {
    papa = module.default;
  });
  return loading;
}

function library(): typeof Papa {
  // Every caller awaits loadCsvLibrary first; reaching this without it is a defect in this package.
  if (papa === undefined) throw new TypeError('papaparse is used before loadCsvLibrary() resolved');
  return papa;
}

/** Rows of a CSV text; `undefined` when the quoting is broken (an unclosed or stray quote). */
export function parseCsvRows(text: string, delimiter = ','): string[][] | undefined {
  // Line endings are normalised first so that a file mixing CRLF and LF parses as one (papaparse guesses a
  // single newline style); CRLF inside a quoted field becomes LF, which is what the value means.
  const normalized = text.replace(/\r\n?/g, '\n');
  const result = library().parse<string[]>(normalized, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
  });
  if (result.errors.some((error) => error.type === 'Quotes')) return undefined;
  return result.data;
}

/** CSV text of `rows`, quoting only the fields that need it. */
export function formatCsvRows(
  rows: string[][],
  options: { delimiter?: string; newline: string; quoteAll?: boolean },
): string {
  return library().unparse(rows, {
    delimiter: options.delimiter ?? ',',
    newline: options.newline,
    quotes: options.quoteAll ?? false,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    escapeFormulae: false,
  });
}
