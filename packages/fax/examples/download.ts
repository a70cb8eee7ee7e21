import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { sipgateIO } from '@sipgateio/core';
import { createFaxModule } from '@sipgateio/fax';

const client = sipgateIO({ tokenId: 'token-FQ1V12', token: 'e68ead46-a7db-46cd-8a1a-44aed1e4e372' });
const fax = createFaxModule(client);

// Any fax history entry: `documentUrl` is the fax itself, `reportUrl` its transmission report.
const entry = { documentUrl: 'https://api.sipgate.com/v2/…', reportUrl: 'https://api.sipgate.com/v2/…' };
const document = await fax.downloadDocument(entry);
await pipeline(Readable.fromWeb(document.stream() as NodeReadableStream), createWriteStream('fax.pdf'));
const report = await fax.downloadDocument(entry, { report: true });
console.log(report.contentType, (await report.bytes()).length);
