import type { OAuthAnswer, OAuthRequest } from './oauth-server.js';

/** The path below the sandbox's origin where recordings and fax documents are served. */
export const FILES_PATH = '/files';

/** A mono 8 kHz 16-bit PCM WAV of `samples` samples of silence: small, and valid for any audio parser. */
export function silentWav(samples = 800): Buffer {
  const data = samples * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVEfmt ', 8, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(8000, 24);
  wav.writeUInt32LE(16_000, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(data, 40);
  return wav;
}

/** A one-page PDF with one line of text and a correct cross-reference table. */
export function onePagePdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// A 1×1 transparent PNG, the fax preview.
const PREVIEW_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const FILE_NAME = /^\/files\/(recordings|voicemails|faxes)\/([\w-]+)\.(wav|pdf|png)$/;

/**
 * Serves the files history entries link to (`<origin>/files/…`): a WAV for call and voicemail recordings, a
 * PDF for fax documents and reports, a PNG for fax previews. They need the API's credentials, like the real
 * ones; undefined for every other path.
 */
export function serveFile(
  request: OAuthRequest,
  isAuthorized: (header: string | undefined) => boolean,
): OAuthAnswer | undefined {
  const match = FILE_NAME.exec(request.url.pathname);
  if (!match) return undefined;
  if (request.method !== 'GET') return { status: 405, headers: { Allow: 'GET' } };
  if (!isAuthorized(request.authorization)) return { status: 401 };
  const [, folder, name = '', extension] = match;
  if (extension === 'wav' && folder !== 'faxes')
    return { status: 200, body: silentWav(), contentType: 'audio/wav' };
  if (extension === 'pdf' && folder === 'faxes') {
    const title = name.endsWith('-report') ? `Fax report ${name.slice(0, -7)}: sent` : `Fax ${name}`;
    return { status: 200, body: onePagePdf(title), contentType: 'application/pdf' };
  }
  if (extension === 'png' && folder === 'faxes')
    return { status: 200, body: PREVIEW_PNG, contentType: 'image/png' };
  return { status: 404 };
}
