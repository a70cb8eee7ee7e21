import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedProject, installedSipgateioScope, run } from './packed.js';

// A user who manages lines only: `npm install @sipgateio/core @sipgateio/phonelines`, from the packed tarballs.
const FORWARD_MAIN_LINE = `
const { sipgateIO } = require('@sipgateio/core');
const { createPhonelinesModule } = require('@sipgateio/phonelines');

const client = sipgateIO(
  { tokenId: process.env.SANDBOX_TOKEN_ID, token: process.env.SANDBOX_TOKEN },
  { baseUrl: process.env.SANDBOX_URL },
);
const phonelines = createPhonelinesModule(client);
(async () => {
  const [line] = await phonelines.listPhonelines();
  await phonelines.setForwardings(line.id, [{ destination: '+4915799912345', timeout: 20, active: true }]);
  console.log('forwarded ' + line.id);
})();
`;

describe('@sipgateio/phonelines installed alone from its tarball', () => {
  let project = '';
  let sandbox: Sandbox;

  beforeAll(async () => {
    [project, sandbox] = await Promise.all([
      installedProject('phonelines', { packages: ['@sipgateio/core', '@sipgateio/phonelines'] }),
      createSandbox(),
    ]);
  }, 180_000);
  afterAll(() => sandbox?.stop());

  it('installs no other @sipgateio package', () => {
    expect(installedSipgateioScope(project)).toEqual(['@sipgateio/core', '@sipgateio/phonelines']);
  });

  it('forwards the main line in the sandbox, loaded with require()', async () => {
    await writeFile(join(project, 'forward.cjs'), FORWARD_MAIN_LINE);
    const { stdout } = await run(process.execPath, ['forward.cjs'], {
      cwd: project,
      env: {
        ...process.env,
        SANDBOX_URL: sandbox.url,
        SANDBOX_TOKEN_ID: sandbox.credentials.tokenId,
        SANDBOX_TOKEN: sandbox.credentials.token,
      },
    });
    expect(stdout.trim()).toBe('forwarded p0');
    expect(sandbox.state.phonelines.w0?.[0]?.forwardings).toEqual([
      { alias: '+4915799912345', destination: '+4915799912345', timeout: 20, active: true },
    ]);
  });
});
