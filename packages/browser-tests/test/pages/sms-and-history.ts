// Runs inside Chromium: the meta-package's browser-safe modules against the sandbox, cross-origin.
import {
  createHistoryModule,
  createSMSModule,
  HistoryEntryType,
  isSipgateIOError,
  SipgateIOAuthenticationError,
  sipgateIO,
} from 'sipgateio';

export interface PageConfig {
  baseUrl: string;
  tokenId: string;
  token: string;
  to: string;
  message: string;
}

export interface PageReport {
  history: { id: string; type: string; target: string; smsContent: unknown }[];
  wrongToken: { name: string; status: unknown; isSipgateIOError: boolean; isAuthenticationError: boolean };
}

async function runScenario(config: PageConfig): Promise<PageReport> {
  const client = sipgateIO({ tokenId: config.tokenId, token: config.token }, { baseUrl: config.baseUrl });
  await createSMSModule(client).send({ smsId: 's0', to: config.to, message: config.message });
  const entries = await createHistoryModule(client).fetchAll({ types: [HistoryEntryType.SMS] }, { limit: 5 });

  // An error answer must cross the origin boundary too (CORS headers on 401), or it would look like a network error.
  const wrongClient = sipgateIO(
    { tokenId: config.tokenId, token: '00000000-0000-4000-8000-000000000000' },
    { baseUrl: config.baseUrl, retry: 0 },
  );
  const error = await createHistoryModule(wrongClient)
    .fetchAll({}, { limit: 1 })
    .then(() => new Error('no error'))
    .catch((caught: unknown) => caught as Error);

  return {
    history: entries.map((entry) => ({
      id: entry.id,
      type: entry.type,
      target: entry.target,
      smsContent: (entry as { smsContent?: unknown }).smsContent,
    })),
    wrongToken: {
      name: error.name,
      status: (error as { status?: unknown }).status,
      isSipgateIOError: isSipgateIOError(error),
      isAuthenticationError: error instanceof SipgateIOAuthenticationError,
    },
  };
}

(globalThis as { runScenario?: typeof runScenario }).runScenario = runScenario;
