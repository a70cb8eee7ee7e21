import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const examples = resolve(import.meta.dirname, '..');
const TOKEN_ID = 'token-DEMO42';
const TOKEN = '3f0c9a52-8d1e-4b7a-9c3d-5e6f7a8b9c0d';

/** Runs the demo as users do (tsx over the built packages) and collects its output. */
function runDemo(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(resolve(examples, 'node_modules/.bin/tsx'), ['demo.ts', ...args], {
      cwd: examples,
      env: { ...process.env, SIPGATEIO_TOKEN_ID: TOKEN_ID, SIPGATEIO_TOKEN: TOKEN, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The demo did not finish in time:\n${output}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

describe('the README demo', () => {
  beforeAll(async () => {
    // The demo imports the built packages, exactly like the root `demo` script.
    await promisify(execFile)(
      resolve(root, 'node_modules/.bin/turbo'),
      ['run', 'build', '--filter=@sipgateio/examples^...'],
      {
        cwd: root,
        timeout: 600_000,
      },
    );
  }, 620_000);

  it('runs against the embedded sandbox, ends with exit code 0 and never prints a credential', async () => {
    const { code, output } = await runDemo();
    expect(output).toContain('Done.');
    expect(code).toBe(0);
    for (const step of [
      'SMS',
      'Fax',
      'SENT',
      'RTCM',
      'vCard',
      'History',
      'IVR',
      'outcome: completed',
      'outcome: busy',
      'After hours',
      'p0 forwards to +4915799912345 after 0 s',
      '1 webhook logged for p0',
      'newCall → https://example.com/sipgate/incoming: 404',
      'restored 0 forwardings of p0',
    ]) {
      expect(output).toContain(step);
    }
    // The forwarding is restored after the log was read, not before the line was forwarded.
    expect(output.indexOf('restored 0 forwardings')).toBeGreaterThan(output.indexOf('1 webhook logged'));
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN_ID);
    expect(output).not.toContain(Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64'));
    expect(output.toLowerCase()).not.toContain('authorization');
  }, 90_000);

  it('refuses --live without token variables and --send-to without --live', async () => {
    const live = await runDemo(['--live'], { SIPGATEIO_TOKEN_ID: '', SIPGATEIO_TOKEN: '' });
    expect(live.code).toBe(1);
    expect(live.output).toContain('SIPGATEIO_TOKEN_ID');
    const sendTo = await runDemo(['--send-to', '+4917612345678']);
    expect(sendTo.code).toBe(1);
    expect(sendTo.output).toContain('--send-to only makes sense with --live');
  }, 90_000);
});
