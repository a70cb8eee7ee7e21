/** A tiny but well-formed one-page PDF. */
export const MINIMAL_PDF_TEXT = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

export function minimalPdf(): Uint8Array {
  return new TextEncoder().encode(MINIMAL_PDF_TEXT);
}

/**
 * A PDF-shaped file of exactly `size` bytes: header, `size` bytes of varied binary filler (so a base64 mix-up
 * shows), trailer.
 */
export function pdfOfSize(size: number): Uint8Array {
  const head = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  const tail = new TextEncoder().encode('\nstartxref\n0\n%%EOF\n');
  const bytes = new Uint8Array(size);
  let seed = 0x12345678;
  for (let index = head.length; index < size - tail.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[index] = seed >>> 24;
  }
  bytes.set(head, 0);
  bytes.set(tail, size - tail.length);
  return bytes;
}
