import Papa from 'papaparse';

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends, mixed
 * in one file too), leaving out lines whose fields are all blank.
 * @throws Error when a quoted field is never closed.
 */
export function parseCsv(text: string): string[][] {
  // papaparse takes one line end per file and would keep CRLF and LF lines that follow each other in one row: split
  // on LF and drop the CR a CRLF leaves at the end of a row's last field (papaparse drops it after a closing quote).
  const { data, errors } = Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: text.includes('\n') ? '\n' : '\r',
    skipEmptyLines: 'greedy',
  });
  if (errors.some((error) => error.code === 'MissingQuotes')) throw new Error('Unterminated quoted field');
  return data.map((row) =>
    row.map((field, index) => (index === row.length - 1 ? field.replace(/\r$/, '') : field)),
  );
}

/** Formats rows as CSV with CRLF line ends, quoting the fields that need it. */
export function formatCsv(rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse(rows as unknown[][], { delimiter: ',', newline: '\r\n' });
}
