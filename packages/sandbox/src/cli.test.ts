import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
// Starting tsx takes a second or two on a quiet machine and many times that on a busy one.
const PROCESS_TIMEOUT = 120_000;

describe('sipgateio-sandbox CLI', () => {
  it(
    'prints the base URL and test credentials, serves requests and stops on SIGINT',
    async () => {
      const child = spawn(TSX, [resolve(import.meta.dirname, 'cli.ts'), '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      try {
        await new Promise<void>((resolvePromise, reject) => {
          const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), PROCESS_TIMEOUT);
          child.stdout.on('data', () => {
            if (output.includes('Ctrl+C')) {
              clearTimeout(timer);
              resolvePromise();
            }
          });
          child.once('exit', () => reject(new Error(`CLI exited early: ${output}`)));
        });
        const url = /listening at (\S+)/.exec(output)?.[1] as string;
        const tokenId = /tokenId: (\S+)/.exec(output)?.[1] as string;
        const token = /token: {3}(\S+)/.exec(output)?.[1] as string;
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
        expect(tokenId).toMatch(/^token-[a-zA-Z\d]{6}$/);
        const response = await fetch(`${url}/authorization/userinfo`, {
          headers: { Authorization: `Basic ${Buffer.from(`${tokenId}:${token}`).toString('base64')}` },
        });
        expect(response.status).toBe(200);
        const exited = new Promise<number | null>((resolvePromise) => child.once('exit', resolvePromise));
        child.kill('SIGINT');
        expect(await exited).toBe(0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    PROCESS_TIMEOUT * 2,
  );

  it(
    'rejects an invalid port',
    async () => {
      const child = spawn(TSX, [resolve(import.meta.dirname, 'cli.ts'), '--port', 'abc'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
      });
      const code = await new Promise<number | null>((resolvePromise) => child.once('exit', resolvePromise));
      expect(code).toBe(1);
      expect(errors).toContain('--port');
    },
    PROCESS_TIMEOUT,
  );
});
