import { type RouteResponse, sipgateIO } from '@sipgateio/core';

const client = sipgateIO({
  tokenId: process.env.SIPGATE_TOKEN_ID ?? '',
  token: process.env.SIPGATE_TOKEN ?? '',
});

// A read: path and query parameters by their names in sipgate's OpenAPI description.
const history: RouteResponse<'GET /history'> = await client.request('GET /history', {
  types: ['SMS'],
  limit: 10,
});
console.log(history.totalCount);

// A write: the JSON body under `body`. A wrong route, a missing parameter or a body of the wrong shape does
// not compile.
await client.request('PUT /{userId}/phonelines/{phonelineId}/blockanonymous', {
  userId: 'w0',
  phonelineId: 'p0',
  body: { enabled: true },
});
