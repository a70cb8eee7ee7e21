import { createSandbox } from '@sipgateio/sandbox';

const sandbox = await createSandbox();
sandbox.fail({
  method: 'POST',
  path: '/sessions/sms',
  status: 429,
  headers: { 'Retry-After': '1' },
  times: 2,
});
sandbox.fail({ path: /^\/calls\//, status: 503 }); // RegExp on the path below /v2
sandbox.fail({ path: '/sessions/fax', hang: 5_000 }); // answer (and take effect) after 5 s
sandbox.fail({ path: '/users', hang: true }); // never answer
sandbox.fail({ method: 'POST', path: '/sessions/fax', dropAfterBody: true });
await sandbox.stop();
