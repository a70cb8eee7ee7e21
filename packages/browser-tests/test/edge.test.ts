/**
 * The Web-standard webhook handler in an edge runtime: `@sipgateio/webhook/web` bundled for a neutral
 * platform (any Node built-in fails the build) and run in `@edge-runtime/vm`, Vercel's Edge Runtime sandbox,
 * whose global object has Web APIs only. The signature is verified with the runtime's WebCrypto.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { resolve } from 'node:path';
import { EdgeVM } from '@edge-runtime/vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForWeb } from './bundle.js';

const keyPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PUBLIC_KEY = keyPair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const signBody = (body: string) =>
  sign('sha256', Buffer.from(body, 'utf8'), keyPair.privateKey).toString('base64');

const NEW_CALL =
  'event=newCall&direction=in&from=492111234567&to=4915791234567&callId=123456&origCallId=123456&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1&xcid=abc';
const FORM = 'application/x-www-form-urlencoded';

// Counts WebCrypto verifications inside the runtime, so the test sees which primitive checked the signature.
const COUNT_VERIFY = `
  globalThis.verifyCalls = [];
  const verify = crypto.subtle.verify.bind(crypto.subtle);
  crypto.subtle.verify = (algorithm, key, signature, data) => {
    const result = verify(algorithm, key, signature, data);
    result.then((valid) => globalThis.verifyCalls.push(algorithm.name + ' ' + key.algorithm.hash.name + ' ' + valid));
    return result;
  };
`;

interface Worker {
  vm: EdgeVM;
  post(
    body: string,
    signature: string | undefined,
  ): Promise<{ status: number; type: string | null; text: string }>;
  log(): string[];
  verifyCalls(): string[];
}

async function startWorker(code: string): Promise<Worker> {
  const vm = new EdgeVM();
  vm.evaluate(COUNT_VERIFY);
  vm.context.WEBHOOK_PUBLIC_KEY = PUBLIC_KEY;
  vm.evaluate(code);
  return {
    vm,
    async post(body, signature) {
      const response = await vm.dispatchFetch('https://example.com/webhook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...(signature ? { 'X-Sipgate-Signature': signature } : {}) },
        body,
      });
      await response.waitUntil();
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      };
    },
    log: () => [...(vm.context.webhookLog as string[])],
    verifyCalls: () => [...(vm.context.verifyCalls as string[])],
  };
}

describe('the Web-standard webhook handler in an edge runtime', () => {
  let code: string;
  let bundledFiles: string[];

  beforeAll(async () => {
    const bundle = await bundleForWeb(resolve(import.meta.dirname, 'pages/edge-worker.ts'), {
      platform: 'neutral',
      format: 'iife',
    });
    code = bundle.code;
    bundledFiles = Object.keys(bundle.metafile.inputs);
  });

  it('bundles @sipgateio/webhook/web without a Node built-in and without the node:http server', () => {
    expect(bundledFiles).toContain('packages/webhook/src/web.ts');
    expect(bundledFiles).toContain('packages/webhook/src/signature.ts');
    expect(bundledFiles).not.toContain('packages/webhook/src/server.ts');
    expect(bundledFiles).not.toContain('packages/webhook/src/node-adapter.ts');
  });

  it('the root entry of @sipgateio/webhook cannot be bundled that way (it holds the node:http server)', async () => {
    await expect(
      bundleForWeb(
        { contents: "import { createWebhookModule } from '@sipgateio/webhook';\ncreateWebhookModule();" },
        { platform: 'neutral' },
      ),
    ).rejects.toThrow(/Node built-in "node:http" imported by packages\/webhook\/src\//);
  });

  it('runs in a global scope without require, process or Buffer', async () => {
    const worker = await startWorker(code);
    expect(worker.vm.evaluate('[typeof require, typeof process, typeof Buffer, typeof module].join()')).toBe(
      'undefined,undefined,undefined,undefined',
    );
  });

  it('answers a signed newCall with the redirect XML after a WebCrypto RSA-SHA256 verification', async () => {
    const worker = await startWorker(code);
    const response = await worker.post(NEW_CALL, signBody(NEW_CALL));
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^application\/xml/);
    expect(response.text).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<Response><Dial><Number>+4921100000000</Number></Dial></Response>',
    );
    expect(worker.verifyCalls()).toEqual(['RSASSA-PKCS1-v1_5 SHA-256 true']);
    expect(worker.log()).toEqual(['newCall +492111234567 → +4915791234567 for Alice, Bob']);
  });

  it.each([
    ['a tampered body', `${NEW_CALL.replace('from=492111234567', 'from=4930000000')}`, signBody(NEW_CALL), 1],
    [
      'a signature by another key',
      NEW_CALL,
      sign(
        'sha256',
        Buffer.from(NEW_CALL),
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      ).toString('base64'),
      1,
    ],
    ['no signature', NEW_CALL, undefined, 0],
  ])('refuses %s with 403 and never calls the handler', async (_case, body, signature, verifications) => {
    const worker = await startWorker(code);
    const response = await worker.post(body, signature);
    expect(response.status).toBe(403);
    expect(worker.verifyCalls()).toEqual(verifications ? ['RSASSA-PKCS1-v1_5 SHA-256 false'] : []);
    expect(worker.log()).toEqual(['signature 403']);
  });
});
