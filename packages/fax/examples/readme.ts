import { readFile } from 'node:fs/promises';
import { isSipgateIOError, sipgateIO } from '@sipgateio/core';
import { createFaxModule, FaxStatus, FaxStatusTimeoutError } from '@sipgateio/fax';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const fax = createFaxModule(client);

// Pick a fax line that can send.
const faxlines = await fax.getFaxlines();
const faxline = faxlines.find((line) => line.canSend);
if (!faxline) throw new Error('No fax line can send');

// fileContent: a Buffer/Uint8Array, an ArrayBuffer or a Blob (e.g. a File in the browser).
const { sessionId } = await fax.send({
  to: '+49 211 1234-5678',
  faxlineId: faxline.id,
  fileContent: await readFile('invoice.pdf'),
  filename: 'Invoice 2026-0042',
});

try {
  const status = await fax.waitForFaxStatus(sessionId, { interval: 5_000, timeout: 10 * 60_000 });
  console.log(status === FaxStatus.SENT ? 'Fax sent' : 'Fax failed');
} catch (error) {
  if (error instanceof FaxStatusTimeoutError) console.log(`Still ${error.lastStatus}; check again later`);
  else if (isSipgateIOError(error)) console.error(error.message);
  else throw error;
}
