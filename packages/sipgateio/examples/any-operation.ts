import { type Route, sipgateIO } from 'sipgateio';

const client = sipgateIO({
  tokenId: process.env.SIPGATEIO_TOKEN_ID ?? 'token-FQ1V12',
  token: process.env.SIPGATEIO_TOKEN ?? 'e68ead46-a7db-46cd-8a1a-44aed1e4e372',
});

// A read: path parameters by their names in the route; the answer is typed (here PhonelinesResponse).
const phonelines = await client.request('GET /{userId}/phonelines', { userId: 'w0' });
console.log(phonelines.items?.map((line) => line.alias));

// A write: the JSON body goes under `body`, checked against the operation's request type when compiling.
await client.request('PUT /{userId}/phonelines/{phonelineId}/forwardings', {
  userId: 'w0',
  phonelineId: 'p0',
  body: { forwardings: [{ destination: '+4915799912345', timeout: 20, active: true }] },
});

// `Route` lists every operation: type `client.request('` and your editor completes the route.
const balance: Route = 'GET /balance';
console.log(await client.request(balance));
