import { SipgateIOValidationError } from '@sipgateio/core';
import { createTestClient, setupNock } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import { createHistoryModule, type HistoryEntryUpdateOptions, type HistoryFilter } from './index.js';

// No interceptors: setupNock disables the network, so a request sent despite invalid input would fail with
// a network error instead of the validation error these tests expect.
setupNock();

const history = () => createHistoryModule(createTestClient());

async function validationError(promise: Promise<unknown>): Promise<SipgateIOValidationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SipgateIOValidationError);
  return error as SipgateIOValidationError;
}

async function firstIteration(iterable: AsyncIterable<unknown>): Promise<unknown> {
  for await (const entry of iterable) return entry;
  return undefined;
}

const invalidDate = new Date('08 bar 2015');
const filterRules: { name: string; filter: unknown; message: string; field: string }[] = [
  {
    name: 'a malformed connection id',
    filter: { connectionIds: ['p0', 'sokx5'] },
    message: 'Invalid extension: sokx5',
    field: 'filter.connectionIds',
  },
  {
    name: 'a connection id with a leading zero',
    filter: { connectionIds: ['p01'] },
    message: 'Invalid extension: p01',
    field: 'filter.connectionIds',
  },
  {
    name: 'an empty connection id',
    filter: { connectionIds: [''] },
    message: 'Invalid extension: ',
    field: 'filter.connectionIds',
  },
  {
    name: 'connectionIds that are not an array',
    filter: { connectionIds: 'p0' },
    message: 'Invalid filter or pagination input: connectionIds must be an array of extensions',
    field: 'filter.connectionIds',
  },
  {
    name: 'an invalid startDate',
    filter: { startDate: invalidDate },
    message: 'Invalid date format',
    field: 'filter.startDate',
  },
  { name: 'an invalid to', filter: { to: invalidDate }, message: 'Invalid date format', field: 'filter.to' },
  {
    name: 'a date string instead of a Date',
    filter: { endDate: '2024-01-01' },
    message: 'Invalid date format',
    field: 'filter.endDate',
  },
  {
    name: 'both startDate and from',
    filter: { startDate: new Date(0), from: new Date(0) },
    message: 'Use either startDate or from in the history filter, not both',
    field: 'filter.from',
  },
  {
    name: 'both endDate and to',
    filter: { endDate: new Date(0), to: new Date(0) },
    message: 'Use either endDate or to in the history filter, not both',
    field: 'filter.to',
  },
  {
    name: 'an unknown starred value',
    filter: { starred: 'yes' },
    message: 'Invalid starred filter: yes (use true or false)',
    field: 'filter.starred',
  },
  {
    name: 'a filter that is not an object',
    filter: 'archived',
    message: 'Invalid filter or pagination input: the filter must be an object',
    field: 'filter',
  },
];

const paginationRules: { name: string; pagination: unknown; message: string; field: string }[] = [
  ...[1001, 100000, -1, 1.5, Number.NaN, '10'].map((limit) => ({
    name: `limit ${String(limit)}`,
    pagination: { limit },
    // strings are quoted, so '10' does not read as the number 10
    message: `Invalid filter or pagination input: limit must be an integer from 0 to 1000, got ${typeof limit === 'string' ? `'${limit}'` : String(limit)}`,
    field: 'pagination.limit',
  })),
  ...[-1, 0.5, 2147483648, Number.POSITIVE_INFINITY].map((offset) => ({
    name: `offset ${String(offset)}`,
    pagination: { offset },
    message: `Invalid filter or pagination input: offset must be an integer from 0 to 2147483647, got ${String(offset)}`,
    field: 'pagination.offset',
  })),
  {
    name: 'a pagination that is not an object',
    pagination: 10,
    message:
      'Invalid filter or pagination input: pagination must be an object with offset and/or limit, got 10',
    field: 'pagination',
  },
];

describe.each([
  {
    name: 'fetchAll',
    run: (filter: unknown, pagination?: unknown) =>
      history().fetchAll(filter as HistoryFilter, pagination as never),
  },
  {
    name: 'exportAsCsvString',
    run: (filter: unknown, pagination?: unknown) =>
      history().exportAsCsvString(filter as HistoryFilter, pagination as never),
  },
])('$name rejects before any request', ({ run }) => {
  it.each(filterRules)('$name', async ({ filter, message, field }) => {
    const error = await validationError(run(filter));
    expect(error).toMatchObject({ message, field });
  });

  it.each(paginationRules)('$name', async ({ pagination, message, field }) => {
    const error = await validationError(run({}, pagination));
    expect(error).toMatchObject({ message, field });
  });

  it('checks the filter before the pagination', async () => {
    const error = await validationError(run({ connectionIds: ['x'] }, { limit: -1 }));
    expect(error.field).toBe('filter.connectionIds');
  });
});

describe('iterateAll rejects on the first step, before any request', () => {
  it.each(filterRules)('$name', async ({ filter, message, field }) => {
    const error = await validationError(firstIteration(history().iterateAll(filter as HistoryFilter)));
    expect(error).toMatchObject({ message, field });
  });

  it.each([0, 1001, -5, 2.5, Number.NaN])('pageSize %s', async (pageSize) => {
    const error = await validationError(firstIteration(history().iterateAll({}, { pageSize })));
    expect(error).toMatchObject({
      message: `Invalid filter or pagination input: pageSize must be an integer from 1 to 1000, got ${pageSize}`,
      field: 'options.pageSize',
    });
  });
});

describe('entry ids', () => {
  const badIds = [
    { id: '', shown: '<empty>' },
    { id: '   ', shown: '"   "' },
    { id: undefined, shown: 'undefined' },
    { id: 42, shown: '42' },
  ];

  it.each(badIds)('fetchById rejects $shown', async ({ id, shown }) => {
    const error = await validationError(history().fetchById(id as string));
    expect(error).toMatchObject({ message: `Invalid history entry id: ${shown}`, field: 'entryId' });
  });

  it.each(badIds)('deleteById rejects $shown', async ({ id, shown }) => {
    const error = await validationError(history().deleteById(id as string));
    expect(error).toMatchObject({ message: `Invalid history entry id: ${shown}`, field: 'entryId' });
  });

  it.each(badIds)(
    'deleteByListOfIds rejects $shown anywhere in the list, sending nothing',
    async ({ id, shown }) => {
      const error = await validationError(history().deleteByListOfIds(['a', 'b', id as string]));
      expect(error).toMatchObject({ message: `Invalid history entry id: ${shown}`, field: 'entryIds[2]' });
    },
  );

  it('deleteByListOfIds rejects a value that is not an array', async () => {
    const error = await validationError(history().deleteByListOfIds('a' as never));
    expect(error).toMatchObject({
      message: 'Invalid history entry ids: expected an array of ids',
      field: 'entryIds',
    });
  });

  it.each(badIds)('batchUpdateEvents rejects an event with id $shown', async ({ id, shown }) => {
    const events = [{ id: 'ok' }, { id: id as string }];
    const error = await validationError(history().batchUpdateEvents(events, () => ({ read: true })));
    expect(error).toMatchObject({ message: `Invalid history entry id: ${shown}`, field: 'events[1].id' });
  });
});

describe('batchUpdateEvents input', () => {
  const updateRules: { name: string; update: unknown; message: string; field: string }[] = [
    ...(['archived', 'starred', 'read'] as const).map((key) => ({
      name: `a non-boolean ${key}`,
      update: { [key]: 'true' },
      message: `Invalid history update for e2: ${key} must be a boolean`,
      field: `events[1].${key}`,
    })),
    {
      name: 'a non-string note',
      update: { note: 5 },
      message: 'Invalid history update for e2: note must be a string',
      field: 'events[1].note',
    },
    {
      name: 'a callback result that is not an object',
      update: undefined,
      message: 'Invalid history update for e2: the callback must return an object',
      field: 'events[1]',
    },
  ];

  it.each(updateRules)('rejects $name, sending nothing', async ({ update, message, field }) => {
    const error = await validationError(
      history().batchUpdateEvents([{ id: 'e1' }, { id: 'e2' }], (event) =>
        event.id === 'e2' ? (update as HistoryEntryUpdateOptions) : { read: true },
      ),
    );
    expect(error).toMatchObject({ message, field });
  });

  it('rejects events that are not an array', async () => {
    const error = await validationError(history().batchUpdateEvents({} as never, () => ({})));
    expect(error).toMatchObject({ message: 'Invalid history entries: expected an array', field: 'events' });
  });

  it('rejects a missing callback', async () => {
    const error = await validationError(history().batchUpdateEvents([{ id: 'e1' }], undefined as never));
    expect(error).toMatchObject({ message: 'The update callback must be a function', field: 'callback' });
  });

  it('passes an error thrown by the callback through, sending nothing', async () => {
    const problem = new Error('callback failed');
    await expect(
      history().batchUpdateEvents([{ id: 'e1' }, { id: 'e2' }], (event) => {
        if (event.id === 'e2') throw problem;
        return { read: true };
      }),
    ).rejects.toBe(problem);
  });
});
