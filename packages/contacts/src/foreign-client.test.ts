import type { SipgateIOClient } from '@sipgateio/core';
import { describe, expect, it, vi } from 'vitest';
import { createContactsModule } from './contacts.js';

// A client that is not ours (a user's mock written for the original SDK) is the subject here, so vi.fn it is.
describe('contacts with a client that is not ours', () => {
  it.each([
    [
      'exportAsCsv',
      (module: ReturnType<typeof createContactsModule>) =>
        module.exportAsCsv('INTERNAL', ',', { limit: 3, offset: 10 }),
    ],
    [
      'exportAsVCards',
      (module: ReturnType<typeof createContactsModule>) =>
        module.exportAsVCards('INTERNAL', { limit: 3, offset: 10 }),
    ],
  ])('%s sends its request before it first yields', async (_name, run) => {
    const get = vi.fn().mockResolvedValue({ items: [], totalCount: 0 });
    const client = { get } as unknown as SipgateIOClient;

    const pending = run(createContactsModule(client));

    expect(get).toHaveBeenCalledWith('contacts', { params: { limit: 3, offset: 10 } });
    await pending;
  });
});
