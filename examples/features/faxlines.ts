/** Creates a fax line, renames and tags it, sets its caller id, resends a fax from it and deletes it. */
import { createFaxModule } from 'sipgateio';
import { report, runExample } from './connect.js';

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

runExample('Fax lines', async ({ client }) => {
  const fax = createFaxModule(client);
  const webuserId = await client.getAuthenticatedWebuserId();

  const line = await fax.createFaxline(webuserId);
  const faxlineId = line.id ?? '';
  report(`created fax line ${faxlineId}`);
  await fax.renameFaxline(webuserId, faxlineId, 'Invoices');
  await fax.setFaxlineTagline(webuserId, faxlineId, 'Example Ltd, accounting');
  await fax.setFaxlineCallerId(webuserId, faxlineId, '+4921100000099');
  report(`${faxlineId} sends as ${await fax.getFaxlineCallerId(webuserId, faxlineId)}`);
  const numbers = await fax.getFaxlineNumbers(webuserId, 'f0');
  report(`numbers of f0: ${numbers.map((number) => number.number).join(', ')}`);

  const { sessionId } = await fax.send({ to: '+4921100000004', fileContent: PDF, faxlineId: 'f0' });
  await fax.resendFax(sessionId, { faxlineId });
  report(`sent fax ${sessionId} from f0 and again from ${faxlineId}`);

  await fax.deleteFaxline(webuserId, faxlineId);
  report(`deleted fax line ${faxlineId}`);
});
