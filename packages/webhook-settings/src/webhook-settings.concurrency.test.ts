import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SipgateIOClient } from '@sipgateio/core';
import { createTestClient, setupNock } from '@sipgateio/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsModule } from './webhook-settings.js';
import type { WebhookSettings, WebhookSettingsModule } from './webhook-settings.types.js';

setupNock();

const INITIAL: WebhookSettings = {
  incomingUrl: 'https://example.com/in/initial',
  outgoingUrl: '',
  log: false,
  whitelist: null,
};

interface FakeApi {
  client: SipgateIOClient;
  /** The stored settings object. */
  state(): WebhookSettings;
  /** Methods in the order the server answered them. */
  log: string[];
  /** Every PUT body, in the order the server stored them. */
  puts: WebhookSettings[];
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A stateful stand-in for GET/PUT /v2/settings/sipgateio on 127.0.0.1 that answers after 0–4 ms. */
async function startFakeApi(): Promise<FakeApi> {
  let settings: WebhookSettings = structuredClone(INITIAL);
  const log: string[] = [];
  const puts: WebhookSettings[] = [];
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5)));
    if (request.url !== '/v2/settings/sipgateio') {
      response.writeHead(404).end();
    } else if (request.method === 'GET') {
      log.push('GET');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(settings));
    } else if (request.method === 'PUT') {
      const received = JSON.parse(body) as WebhookSettings;
      if (Object.keys(received).sort().join() !== 'incomingUrl,log,outgoingUrl,whitelist') {
        log.push('PUT of an incomplete object');
        response.writeHead(400).end();
        return;
      }
      log.push('PUT');
      settings = received;
      puts.push(received);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    client: createTestClient({ baseUrl: `http://127.0.0.1:${port}/v2`, timeout: 5_000 }),
    state: () => settings,
    log,
    puts,
  };
}

/** Update number `index`: cycles through four fields with a value unique to the index. */
function updateFor(index: number): {
  run: (module: WebhookSettingsModule) => Promise<void>;
  apply: (settings: WebhookSettings) => WebhookSettings;
} {
  switch (index % 4) {
    case 0: {
      const url = `https://example.com/in/${index}`;
      return { run: (m) => m.setIncomingUrl(url), apply: (s) => ({ ...s, incomingUrl: url }) };
    }
    case 1: {
      const url = `https://example.com/out/${index}`;
      return { run: (m) => m.setOutgoingUrl(url), apply: (s) => ({ ...s, outgoingUrl: url }) };
    }
    case 2: {
      const log = index % 8 === 2;
      return { run: (m) => m.setLog(log), apply: (s) => ({ ...s, log }) };
    }
    default: {
      const whitelist = [`p${index}`, `g${index}`];
      return { run: (m) => m.setWhitelist(whitelist), apply: (s) => ({ ...s, whitelist }) };
    }
  }
}

const COUNT = 50;

function expectedPuts(): WebhookSettings[] {
  const states: WebhookSettings[] = [];
  let state = INITIAL;
  for (let index = 0; index < COUNT; index++) {
    state = updateFor(index).apply(state);
    states.push(state);
  }
  return states;
}

describe('concurrent updates against a stateful fake API', () => {
  it('50 concurrent updates of different fields all end up in the final state', async () => {
    const fake = await startFakeApi();
    const settings = createSettingsModule(fake.client);

    await Promise.all(Array.from({ length: COUNT }, (_, index) => updateFor(index).run(settings)));

    const expected = expectedPuts();
    // Each PUT is the previous state plus exactly that call's change: no update was lost or reordered.
    expect(fake.puts).toEqual(expected);
    expect(fake.state()).toEqual(expected.at(-1));
    expect(fake.state()).toEqual({
      incomingUrl: 'https://example.com/in/48',
      outgoingUrl: 'https://example.com/out/49',
      log: false,
      whitelist: ['p47', 'g47'],
    });
    expect(fake.log).toEqual(Array.from({ length: COUNT }, () => ['GET', 'PUT']).flat());
    await expect(settings.getWebhookSettings()).resolves.toEqual(expected.at(-1));
  });

  it('modules created from the same client share one queue', async () => {
    const fake = await startFakeApi();
    const first = createSettingsModule(fake.client);
    const second = createSettingsModule(fake.client);

    await Promise.all(
      Array.from({ length: COUNT }, (_, index) => updateFor(index).run(index % 3 === 0 ? first : second)),
    );

    expect(fake.puts).toEqual(expectedPuts());
    expect(fake.log).toEqual(Array.from({ length: COUNT }, () => ['GET', 'PUT']).flat());
  });

  it('reads issued after updates see their result', async () => {
    const fake = await startFakeApi();
    const settings = createSettingsModule(fake.client);

    const [, , read] = await Promise.all([
      settings.setLog(true),
      settings.setWhitelist(['p1']),
      settings.getWebhookSettings(),
    ]);

    expect(read).toEqual({ ...INITIAL, log: true, whitelist: ['p1'] });
  });

  it('control: the fake detects lost updates when read-modify-write cycles overlap', async () => {
    const fake = await startFakeApi();
    // The original's approach without any ordering; every GET is answered before the first PUT is sent, so the
    // overlap (and the loss) is certain rather than left to timing.
    const reads = await Promise.all(
      Array.from({ length: COUNT }, () => fake.client.get<WebhookSettings>('settings/sipgateio')),
    );
    await Promise.all(
      reads.map((current, index) => fake.client.put('settings/sipgateio', updateFor(index).apply(current))),
    );

    expect(fake.puts).toHaveLength(COUNT);
    expect(fake.state()).not.toEqual(expectedPuts().at(-1));
    // Every PUT was based on the initial object, so the final state differs from it in one field at most.
    const changed = Object.entries(fake.state()).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(INITIAL[key as keyof WebhookSettings]),
    );
    expect(changed.length).toBeLessThanOrEqual(1);
  });
});
