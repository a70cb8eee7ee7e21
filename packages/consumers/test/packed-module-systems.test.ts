import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everythingProject, NEWER_NODE_LTS, newerNode, run } from './packed.js';
import { publishedPackages } from './published-packages.js';

const names = publishedPackages().map(({ name }) => name);

/**
 * Loads every published package with `import` or `require()`, prints how many names each exports, then sends
 * an SMS through what it loaded from `sipgateio`: the module system's build really works, not only loads.
 */
function script(mode: 'import' | 'require'): string {
  const load =
    mode === 'import'
      ? 'async (name) => import(name)'
      : `async (name) => (await import('node:module')).createRequire(process.cwd() + '/')(name)`;
  return `
const load = ${load};
const counts = {};
for (const name of ${JSON.stringify(names)}) counts[name] = Object.keys(await load(name)).length;
const { sipgateIO, createSMSModule } = await load('sipgateio');
const client = sipgateIO(
  { tokenId: process.env.SANDBOX_TOKEN_ID, token: process.env.SANDBOX_TOKEN },
  { baseUrl: process.env.SANDBOX_URL },
);
await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: process.env.MESSAGE });
console.log(JSON.stringify({ version: process.version, counts }));
`;
}

describe('the packed packages in module systems', () => {
  let project = '';
  let node = '';
  let sandbox: Sandbox;
  const env = () => ({
    ...process.env,
    SANDBOX_URL: sandbox.url,
    SANDBOX_TOKEN_ID: sandbox.credentials.tokenId,
    SANDBOX_TOKEN: sandbox.credentials.token,
  });

  beforeAll(async () => {
    [project, node, sandbox] = await Promise.all([everythingProject(), newerNode(), createSandbox()]);
    await writeFile(join(project, 'load-import.mjs'), script('import'));
    await writeFile(join(project, 'load-require.mjs'), script('require'));
  });
  afterAll(() => sandbox?.stop());

  const runtimes = [
    {
      runtime: `Node ${process.versions.node} (this one)`,
      major: Number(process.versions.node.split('.')[0]),
      binary: () => process.execPath,
    },
    { runtime: `Node ${NEWER_NODE_LTS} from the npm registry`, major: NEWER_NODE_LTS, binary: () => node },
  ];
  const cases = runtimes.flatMap((runtime) =>
    (['import', 'require'] as const).map((mode) => ({ ...runtime, mode })),
  );

  it.each(cases)(
    '$runtime: every package loads with $mode and sends an SMS',
    async ({ binary, major, mode, runtime }) => {
      const message = `${runtime} ${mode}`;
      const { stdout } = await run(binary(), [`load-${mode}.mjs`], {
        cwd: project,
        env: { ...env(), MESSAGE: message },
      });
      const { version, counts } = JSON.parse(stdout) as { version: string; counts: Record<string, number> };
      expect(version).toMatch(new RegExp(`^v${major}\\.`));
      expect(Object.keys(counts).sort()).toEqual([...names].sort());
      for (const name of names) expect(counts[name], name).toBeGreaterThan(0);
      expect(sandbox.state.sms.filter((sms) => sms.message === message)).toHaveLength(1);
    },
  );

  it("works in Jest's default CommonJS mode", async () => {
    await writeFile(
      join(project, 'sipgateio.test.js'),
      `const { createOAuthClient, createSMSModule, SipgateIOValidationError, sipgateIO } = require('sipgateio');

const client = sipgateIO(
  { tokenId: process.env.SANDBOX_TOKEN_ID, token: process.env.SANDBOX_TOKEN },
  { baseUrl: process.env.SANDBOX_URL },
);

test('createSMSModule sends an SMS', async () => {
  await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Sent from Jest' });
});

test('invalid input is a SipgateIOValidationError', async () => {
  await expect(createSMSModule(client).send({ smsId: 's0', to: 'nobody', message: 'x' })).rejects.toBeInstanceOf(
    SipgateIOValidationError,
  );
});

test('signs in with OAuth and calls the API with the token provider', async () => {
  const oauth = createOAuthClient({
    clientId: process.env.OAUTH_CLIENT_ID,
    clientSecret: process.env.OAUTH_CLIENT_SECRET,
    redirectUri: 'http://127.0.0.1:1/callback',
    scopes: ['history:read'],
    issuer: process.env.OAUTH_ISSUER,
  });
  const login = await oauth.authorizationUrl();
  const redirect = await fetch(login.url, { redirect: 'manual' });
  const tokenSet = await oauth.exchangeCode(redirect.headers.get('location'), login);
  const store = { get: async () => tokenSet, set: async () => {} };
  const signedIn = sipgateIO({ token: oauth.tokenProvider({ store }) }, { baseUrl: process.env.SANDBOX_URL });
  await expect(signedIn.getAuthenticatedWebuserId()).resolves.toBe('w0');
});
`,
    );
    const result = await run(
      process.execPath,
      ['node_modules/jest/bin/jest.js', '--ci', '--colors=false', 'sipgateio.test.js'],
      {
        cwd: project,
        env: {
          ...env(),
          OAUTH_ISSUER: sandbox.oauth.issuer,
          OAUTH_CLIENT_ID: sandbox.oauth.clientId,
          OAUTH_CLIENT_SECRET: sandbox.oauth.clientSecret,
        },
      },
    ).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
    expect(sandbox.state.sms.filter((sms) => sms.message === 'Sent from Jest')).toHaveLength(1);
    expect(sandbox.oauth.events.filter((event) => event.grantType === 'authorization_code')).toHaveLength(1);
  });
});
