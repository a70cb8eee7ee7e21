/**
 * Shared start-up of the feature examples: a sipgateio client for the API named by the environment, or, when
 * nothing is set, for a sandbox (a local, in-memory sipgate.io) started just for this run.
 *
 *   SIPGATEIO_BASE_URL=http://127.0.0.1:4010/v2 SIPGATEIO_TOKEN_ID=token-… SIPGATEIO_TOKEN=… npx tsx sms.ts
 *   npx tsx sms.ts      # starts its own sandbox
 */
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { isSipgateIOError, type SipgateIOClient, sipgateIO } from 'sipgateio';

export interface Connection {
  client: SipgateIOClient;
  /** The sandbox this run started, when the environment named no API. */
  sandbox?: Sandbox;
}

async function connect(): Promise<Connection & { close(): Promise<void> }> {
  const baseUrl = process.env.SIPGATEIO_BASE_URL;
  const tokenId = process.env.SIPGATEIO_TOKEN_ID;
  const token = process.env.SIPGATEIO_TOKEN;
  if (baseUrl) {
    if (!tokenId || !token)
      throw new Error('SIPGATEIO_BASE_URL is set: set SIPGATEIO_TOKEN_ID and SIPGATEIO_TOKEN too.');
    console.log(`using the API at ${baseUrl}`);
    return { client: sipgateIO({ tokenId, token }, { baseUrl }), close: async () => {} };
  }
  const sandbox = await createSandbox();
  console.log(`using a sandbox of its own at ${sandbox.url}`);
  return {
    client: sipgateIO(sandbox.credentials, { baseUrl: sandbox.url }),
    sandbox,
    close: () => sandbox.stop(),
  };
}

/** Runs one example: connects, runs `main`, closes; a failure prints its message and exits with 1. */
export function runExample(title: string, main: (connection: Connection) => Promise<void>): void {
  console.log(`▶ ${title}`);
  connect()
    .then(async (connection) => {
      try {
        await main(connection);
      } finally {
        await connection.close();
      }
      console.log('done');
    })
    .catch((error: unknown) => {
      // SDK errors never carry credentials; print the message, never the request.
      console.error(
        `failed: ${isSipgateIOError(error) || error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    });
}

/** Prints one line of what the example did. */
export function report(text: string): void {
  console.log(`  ${text}`);
}
