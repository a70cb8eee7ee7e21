import {
  adaptClient,
  isOwnClient,
  rememberAuthenticatedWebuserId,
  type SipgateIOClient,
  SipgateIOError,
  validateExtension,
  validateId,
} from '@sipgateio/core';
import { downloadFaxDocument } from './download-document.js';
import type {
  Fax,
  Faxline,
  FaxModule,
  FaxStatus,
  SendFaxOptions,
  SendFaxSessionResponse,
  WaitForFaxStatusOptions,
} from './fax.types.js';
import { createFaxlineManagement } from './faxlines.js';
import { bytesOf } from './file-content.js';
import { sendFaxBody, sendFaxStreamBody, streamsRequestBodies } from './send-fax-body.js';
import { validateFax } from './validate-fax.js';
import { validatePdfFileContent } from './validate-pdf-file-content.js';
import { pollFaxStatus } from './wait-for-fax-status.js';

const FAX_ERROR_MESSAGES = { 404: 'Fax was not found' } as const;

/** A session id goes into the history path, so an empty one would read the whole history instead. */
function validateSessionId(sessionId: unknown): string {
  return validateId(sessionId, 'sessionId', {
    message: (value) => `Invalid fax session id: ${String(value)}`,
  });
}

interface HistoryEntry {
  type?: string;
  faxStatusType?: FaxStatus;
}

/**
 * Creates the fax module: send and resend PDFs, read or await their status, list and manage fax lines.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { sipgateIO } from '@sipgateio/core';
 * import { createFaxModule } from '@sipgateio/fax';
 *
 * const fax = createFaxModule(sipgateIO({ tokenId, token }));
 * const { sessionId } = await fax.send({ to: '+4921112345678', faxlineId: 'f0', fileContent: await readFile('a.pdf') });
 * const status = await fax.waitForFaxStatus(sessionId); // 'SENT' or 'FAILED'
 * ```
 * @throws {SipgateIOValidationError} (as a rejection) for an invalid recipient, fax line, PDF or size.
 * @throws {SipgateIONotFoundError} (as a rejection) `Fax was not found` on 404 from `send`/`getFaxStatus`.
 * @throws {FaxStatusTimeoutError} (as a rejection) when `waitForFaxStatus` times out.
 */
export function createFaxModule(sipgateClient: SipgateIOClient): FaxModule {
  const client = adaptClient(sipgateClient, FAX_ERROR_MESSAGES);
  const webuserId = rememberAuthenticatedWebuserId(client);

  async function readFaxStatus(sessionId: string, signal?: AbortSignal): Promise<FaxStatus> {
    validateSessionId(sessionId);
    const entry = await client.get<HistoryEntry | undefined>(`/history/${encodeURIComponent(sessionId)}`, {
      errorMessages: FAX_ERROR_MESSAGES,
      ...(signal ? { signal } : {}),
    });
    if (entry?.type !== 'FAX') throw new SipgateIOError('History item is not a fax');
    return entry.faxStatusType as FaxStatus;
  }

  async function getFaxlinesByWebUser(webuser: string): Promise<Faxline[]> {
    validateExtension(webuser, 'webuserId', 'w');
    const response = await client.get<{ items: Faxline[] }>(`${encodeURIComponent(webuser)}/faxlines`, {
      errorMessages: {
        403: 'Reading fax lines is not allowed: fax is not booked for this account or the token lacks the faxlines:read scope',
        404: `Web user ${webuser} was not found`,
      },
    });
    return response.items;
  }

  return {
    async send(fax: Fax, options: SendFaxOptions = {}): Promise<SendFaxSessionResponse> {
      const checked = validateFax(fax);
      const bytes = await bytesOf(fax.fileContent);
      validatePdfFileContent(bytes);
      // Our client on Node streams the JSON as it uploads; anything else gets the whole body as a Blob.
      const streamed =
        isOwnClient(client) && streamsRequestBodies() ? sendFaxStreamBody(checked, bytes) : undefined;
      const body = streamed ? streamed.body : sendFaxBody(checked, bytes);
      return client.post<SendFaxSessionResponse>('/sessions/fax', body, {
        ...(streamed ? { headers: { 'Content-Length': String(streamed.length) } } : {}),
        errorMessages: FAX_ERROR_MESSAGES,
        outcomeSubject: 'the fax',
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      });
    },

    getFaxStatus: (sessionId: string) => readFaxStatus(sessionId),

    async waitForFaxStatus(sessionId: string, options?: WaitForFaxStatusOptions): Promise<FaxStatus> {
      validateSessionId(sessionId);
      return pollFaxStatus(sessionId, (signal) => readFaxStatus(sessionId, signal), options);
    },

    async getFaxlines(): Promise<Faxline[]> {
      // Asked once per module (the original asked on every call).
      return getFaxlinesByWebUser(await webuserId());
    },

    getFaxlinesByWebUser: (webuser: string) => getFaxlinesByWebUser(webuser),

    downloadDocument: (entry, options) => downloadFaxDocument(client, entry, options),

    // New operations go through `request`, which adapted clients have too (on their get/put/post/delete).
    ...createFaxlineManagement(client, FAX_ERROR_MESSAGES),
  };
}
