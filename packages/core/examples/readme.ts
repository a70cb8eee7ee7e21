import {
  isSipgateIOError,
  paginate,
  SipgateIONotFoundError,
  SipgateIORateLimitError,
  SipgateIOValidationError,
  sipgateIO,
} from '@sipgateio/core';

const client = sipgateIO(
  { tokenId: process.env.SIPGATE_TOKEN_ID ?? '', token: process.env.SIPGATE_TOKEN ?? '' },
  { timeout: 10_000, retry: 3 },
);

try {
  const webuserId = await client.getAuthenticatedWebuserId();
  const devices = await client.get<{ items: { id: string }[] }>(`${webuserId}/devices`);
  console.log(webuserId, devices.items.length);
} catch (error) {
  if (error instanceof SipgateIOValidationError) console.error('Fix the input:', error.field);
  else if (error instanceof SipgateIONotFoundError) console.error('Not found:', error.path);
  else if (error instanceof SipgateIORateLimitError) console.error('Retry after', error.retryAfter, 's');
  else if (isSipgateIOError(error)) console.error(error.name, error.message);
  else throw error;
}

// Every history entry, one page of 500 in memory at a time:
const entries = paginate(
  (page) => client.get<{ items: { id: string }[]; totalCount: number }>('history', { searchParams: page }),
  { pageSize: 500 },
);
for await (const entry of entries) console.log(entry.id);
