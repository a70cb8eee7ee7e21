#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createSandbox } from './sandbox.js';

const USAGE = `Usage: sipgateio-sandbox [--port 4010] [--host 127.0.0.1] [--seed 1] [--history-size 50]

Starts a local sipgate.io API sandbox and prints its base URL and test credentials. Ctrl+C stops it.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      'history-size': { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  const sandbox = await createSandbox({
    port,
    host: values.host,
    seed: Number(values.seed),
    historySize: Number(values['history-size']),
  });
  console.log(`sipgate.io sandbox listening at ${sandbox.url}`);
  console.log(`  tokenId: ${sandbox.credentials.tokenId}`);
  console.log(`  token:   ${sandbox.credentials.token}`);
  console.log(
    `Try: curl -u ${sandbox.credentials.tokenId}:${sandbox.credentials.token} ${sandbox.url}/authorization/userinfo`,
  );
  console.log('These are local test credentials only. Press Ctrl+C to stop.');
  const stop = (): void => {
    sandbox.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
