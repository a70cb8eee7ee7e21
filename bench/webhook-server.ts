/**
 * Throughput and memory of @sipgateio/webhook's built-in server against a bare node:http server that parses
 * the same body and answers fixed XML. Each server runs in its own child process (so its peak RSS is its
 * own); autocannon drives it on 127.0.0.1 with 50 connections for 10 s (`--quick`: 3 s).
 *
 *   pnpm --filter @sipgateio/core build && pnpm --filter @sipgateio/rtcm build && pnpm --filter @sipgateio/webhook build
 *   cd bench && npx tsx webhook-server.ts [--quick]
 *
 * Without --quick it runs two interleaved rounds and keeps each variant's best req/s and highest peak RSS.
 */
import { fork } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

type Variant = 'bare' | 'sdk-verification-off' | 'sdk-verification-on';

const BODY =
  'event=newCall&direction=in&from=492111234567&to=4915791234567&callId=123456&origCallId=123456&user%5B%5D=Alice&userId%5B%5D=w0&fullUserId%5B%5D=1234567w0&xcid=abc';
const FIXED_XML = '<?xml version="1.0" encoding="UTF-8"?>\n<Response/>';

async function runChild(variant: Variant, publicKey: string): Promise<void> {
  let server: import('node:http').Server;
  if (variant === 'bare') {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const event = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        if (!event.event) response.writeHead(400).end();
        else response.writeHead(200, { 'content-type': 'application/xml' }).end(FIXED_XML);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  } else {
    const dist = new URL('../packages/webhook/dist/index.js', import.meta.url);
    const source = new URL('../packages/webhook/src/index.ts', import.meta.url);
    const webhook: typeof import('../packages/webhook/src/index.js') = await import(
      existsSync(fileURLToPath(dist)) ? dist.href : source.href
    );
    const webhookServer = await webhook.createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: 'https://example.com/webhook',
      skipSignatureVerification: variant === 'sdk-verification-off',
      publicKey,
    });
    webhookServer.onNewCall(() => undefined);
    server = webhookServer.getHttpServer();
  }
  process.send?.({ port: (server.address() as AddressInfo).port });
  let cpuAtStart = process.cpuUsage();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'start') {
      cpuAtStart = process.cpuUsage();
      process.send?.({});
    } else if (message.type === 'report') {
      const cpu = process.cpuUsage(cpuAtStart);
      // maxRSS is the process's peak resident set size in KiB.
      process.send?.({
        peakRss: process.resourceUsage().maxRSS * 1024,
        cpuMicroseconds: cpu.user + cpu.system,
      });
    }
  });
}

async function measure(
  variant: Variant,
  publicKey: string,
  signature: string,
  duration: number,
): Promise<{ variant: Variant; requestsPerSecond: number; non2xx: number; errors: number; peakRss: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--child', variant], {
    env: { ...process.env, BENCH_PUBLIC_KEY: publicKey },
  });
  const nextMessage = () =>
    new Promise<Record<string, number>>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Record<string, number>));
      child.once('error', reject);
    });
  const { port } = await nextMessage();
  const options = {
    url: `http://127.0.0.1:${port}/webhook`,
    connections: 50,
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-sipgate-signature': signature },
    body: BODY,
  };
  await autocannon({ ...options, duration: 1 }); // warm-up (JIT, key import), not counted
  child.send({ type: 'start' });
  await nextMessage();
  const result = await autocannon({ ...options, duration });
  child.send({ type: 'report' });
  const { peakRss, cpuMicroseconds } = await nextMessage();
  child.kill();
  return {
    variant,
    requestsPerSecond: result.requests.average,
    // Server CPU time per request: unlike req/s, barely moved by other load on a shared machine.
    cpuPerRequest: (cpuMicroseconds ?? 0) / Math.max(1, result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors,
    peakRss: peakRss ?? 0,
  };
}

async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex >= 0) {
    await runChild(process.argv[childIndex + 1] as Variant, process.env.BENCH_PUBLIC_KEY ?? '');
    return;
  }
  const duration = process.argv.includes('--quick') ? 3 : 10;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 4096 });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const signature = sign('sha256', Buffer.from(BODY), privateKey).toString('base64');

  // Interleaved rounds, best throughput and highest peak RSS per variant: on a shared machine a single run
  // mostly measures the neighbours.
  const rounds = process.argv.includes('--quick') ? 1 : 2;
  const variants = ['bare', 'sdk-verification-off', 'sdk-verification-on'] as const;
  const results = variants.map((variant) => ({
    variant,
    requestsPerSecond: 0,
    cpuPerRequest: Number.POSITIVE_INFINITY,
    non2xx: 0,
    errors: 0,
    peakRss: 0,
  }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, variant] of variants.entries()) {
      const run = await measure(variant, publicKeyPem, signature, duration);
      const result = results[index] as (typeof results)[number];
      result.requestsPerSecond = Math.max(result.requestsPerSecond, run.requestsPerSecond);
      result.cpuPerRequest = Math.min(result.cpuPerRequest, run.cpuPerRequest);
      result.non2xx += run.non2xx;
      result.errors += run.errors;
      result.peakRss = Math.max(result.peakRss, run.peakRss);
    }
  }
  const bare = results[0] as (typeof results)[number];
  console.log(
    `webhook server benchmark: 127.0.0.1, 50 connections, ${duration} s per run, ${rounds} interleaved round(s), RSA-4096 test key`,
  );
  console.log(
    'variant                  req/s     ratio  CPU µs/req  ratio   non2xx  errors  peak RSS   ratio',
  );
  for (const result of results) {
    console.log(
      [
        result.variant.padEnd(22),
        result.requestsPerSecond.toFixed(0).padStart(8),
        (result.requestsPerSecond / bare.requestsPerSecond).toFixed(2).padStart(8),
        result.cpuPerRequest.toFixed(1).padStart(11),
        (bare.cpuPerRequest / result.cpuPerRequest).toFixed(2).padStart(6),
        String(result.non2xx).padStart(8),
        String(result.errors).padStart(7),
        `${(result.peakRss / 1024 / 1024).toFixed(1)} MiB`.padStart(10),
        (result.peakRss / bare.peakRss).toFixed(2).padStart(7),
      ].join(' '),
    );
  }
  const [, off, on] = results as [typeof bare, typeof bare, typeof bare];
  console.log(
    `goals: verification off ≥ 0.80 of bare: ${(off.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}; ` +
      `verification on ≥ 0.20: ${(on.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}; ` +
      `peak RSS ≤ 1.2× bare: ${(Math.max(off.peakRss, on.peakRss) / bare.peakRss).toFixed(2)}`,
  );
  console.log(
    `by server CPU per request (robust to other load): off ${(bare.cpuPerRequest / off.cpuPerRequest).toFixed(2)}, ` +
      `on ${(bare.cpuPerRequest / on.cpuPerRequest).toFixed(2)} of bare`,
  );
}

await main();
