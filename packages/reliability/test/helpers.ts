import { generateKeyPairSync, sign } from 'node:crypto';
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The soak variants run only with SIPGATEIO_SOAK=1 (`pnpm test:soak`). */
export const SOAK = Boolean(process.env.SIPGATEIO_SOAK);

/** A key pair for signing webhooks like sipgate does (sipgate's private key is of course not available). */
const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const TEST_PUBLIC_KEY = keyPair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const otherKeyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Signs `body` (RSA-SHA256, PKCS#1 v1.5, base64) with the test key, or with a key the server does not trust. */
export function signBody(body: string | Uint8Array, untrustedKey = false): string {
  return sign(
    'sha256',
    typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    untrustedKey ? otherKeyPair.privateKey : keyPair.privateKey,
  ).toString('base64');
}

export const FORM = 'application/x-www-form-urlencoded';
export const NEW_CALL_BODY =
  'event=newCall&direction=in&from=492111234567&to=4915791234567&callId=123456&origCallId=123456&user%5B%5D=Alice&userId%5B%5D=w0&fullUserId%5B%5D=1234567w0&xcid=abc';

/** Result of one raw exchange: the status (0 when the connection ended without a status line). */
export interface RawExchange {
  status: number;
  /** `answered`, `closed` (server closed without a status line), `reset` (socket error), `timeout`. */
  outcome: 'answered' | 'closed' | 'reset' | 'timeout';
  elapsedMs: number;
}

/**
 * Writes `bytes` to 127.0.0.1:`port` over a raw socket and reads the first status line. It then waits for the
 * server to close (requests carry `Connection: close`) so nothing lingers; bounded by `timeoutMs`.
 */
export function rawExchange(
  port: number,
  bytes: Uint8Array,
  options: { timeoutMs?: number; abortAfterWrite?: boolean } = {},
): Promise<RawExchange> {
  const { timeoutMs = 5000, abortAfterWrite = false } = options;
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let head = '';
    let status = 0;
    let settled = false;
    const finish = (outcome: RawExchange['outcome']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ status, outcome: status ? 'answered' : outcome, elapsedMs: performance.now() - started });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      if (status) return;
      head += chunk.toString('latin1');
      // Interim answers (`100 Continue` for `Expect: 100-continue`) are skipped: the final status counts.
      for (const match of head.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/g)) {
        if (!match[1]?.startsWith('1')) {
          status = Number(match[1]);
          return;
        }
      }
      if (head.length > 65_536) finish('closed');
    });
    socket.on('error', () => finish('reset'));
    socket.on('close', () => finish('closed'));
    socket.write(bytes, () => {
      if (abortAfterWrite) finish('closed');
    });
  });
}

/** Runs `tasks` with at most `concurrency` in flight; resolves their results in order. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function worker(): Promise<void> {
    for (;;) {
      const index = next++;
      if (index >= tasks.length) return;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}

/** Collects unhandled rejections and uncaught exceptions while `body` runs (a crash would otherwise exit). */
export async function watchProcess<T>(
  body: () => Promise<T>,
): Promise<{ result: T; unhandledRejections: unknown[]; uncaughtExceptions: unknown[] }> {
  const unhandledRejections: unknown[] = [];
  const uncaughtExceptions: unknown[] = [];
  const onRejection = (reason: unknown) => unhandledRejections.push(reason);
  const onException = (error: unknown) => uncaughtExceptions.push(error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  try {
    const result = await body();
    // A rejection is reported after a macrotask turn at the latest.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, unhandledRejections, uncaughtExceptions };
  } finally {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
}

let gcFunction: (() => void) | undefined;
/** Runs a full garbage collection (enabling `gc` at run time: vitest workers do not start with --expose-gc). */
export async function collectGarbage(): Promise<void> {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as () => void;
  }
  // Twice, with a turn in between: finalizers and weak references of the first round are freed by the second.
  gcFunction();
  await new Promise((resolve) => setImmediate(resolve));
  gcFunction();
}

/** Counts of active handles/requests by type (`Timeout`, `TCPSocketWrap`, …). */
export function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Waits until `condition()` holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(condition: () => boolean, timeoutMs: number, stepMs = 25): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return condition();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
