/** Sends a one-page PDF from the fax line f0 and waits until it is sent. */
import { createFaxModule, FaxStatus } from 'sipgateio';
import { report, runExample } from './connect.js';

// A real fax is a PDF file: `fileContent: await readFile('letter.pdf')`. This one is small enough to read.
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

runExample('Fax', async ({ client }) => {
  const fax = createFaxModule(client);
  const faxlines = await fax.getFaxlines();
  report(`fax lines: ${faxlines.map((faxline) => `${faxline.id} (${faxline.alias})`).join(', ')}`);
  const { sessionId } = await fax.send({
    to: '+4921100000001',
    fileContent: PDF,
    filename: 'features-example.pdf',
    faxlineId: 'f0',
  });
  report(`queued fax ${sessionId} to +4921100000001`);
  const status = await fax.waitForFaxStatus(sessionId, { interval: 200, timeout: 20_000 });
  report(`final status: ${status}`);
  if (status !== FaxStatus.SENT) throw new Error(`The fax ended ${status}.`);
});
