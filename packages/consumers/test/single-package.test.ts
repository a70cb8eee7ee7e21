import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedProject, installedSipgateioScope, run } from './packed.js';

const CLIENT = `{ tokenId: process.env.SANDBOX_TOKEN_ID, token: process.env.SANDBOX_TOKEN },
  { baseUrl: process.env.SANDBOX_URL },`;

// A user who needs SMS only: `npm install @sipgateio/core @sipgateio/sms`, from the packed tarballs.
const SEND_SMS = `
import { sipgateIO } from '@sipgateio/core';
import { createSMSModule } from '@sipgateio/sms';

const client = sipgateIO(
  ${CLIENT}
);
await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Sent from a tarball' });
console.log('sent');
`;

// A user who manages lines only, loading them with require().
const FORWARD_MAIN_LINE = `
const { sipgateIO } = require('@sipgateio/core');
const { createPhonelinesModule } = require('@sipgateio/phonelines');

const client = sipgateIO(
  ${CLIENT}
);
const phonelines = createPhonelinesModule(client);
(async () => {
  const [line] = await phonelines.listPhonelines();
  await phonelines.setForwardings(line.id, [{ destination: '+4915799912345', timeout: 20, active: true }]);
  console.log('sent');
})();
`;

const CASES = [
  {
    feature: '@sipgateio/sms',
    label: 'single',
    file: 'send-sms.mjs',
    script: SEND_SMS,
    left: (sandbox: Sandbox) =>
      expect(sandbox.state.sms).toEqual([
        expect.objectContaining({ smsId: 's0', recipient: '+4915799912345', message: 'Sent from a tarball' }),
      ]),
  },
  {
    feature: '@sipgateio/phonelines',
    label: 'phonelines',
    file: 'forward.cjs',
    script: FORWARD_MAIN_LINE,
    left: (sandbox: Sandbox) =>
      expect(sandbox.state.phonelines.w0?.[0]?.forwardings).toEqual([
        { alias: '+4915799912345', destination: '+4915799912345', timeout: 20, active: true },
      ]),
  },
];

describe.each(CASES)(
  '$feature installed alone from its tarball',
  ({ feature, label, file, script, left }) => {
    let project = '';
    let sandbox: Sandbox;

    beforeAll(async () => {
      [project, sandbox] = await Promise.all([
        installedProject(label, { packages: ['@sipgateio/core', feature] }),
        createSandbox(),
      ]);
    });
    afterAll(() => sandbox?.stop());

    it('installs no other @sipgateio package', () => {
      expect(installedSipgateioScope(project)).toEqual(['@sipgateio/core', feature]);
    });

    it('talks to the sandbox', async () => {
      await writeFile(join(project, file), script);
      const { stdout } = await run(process.execPath, [file], {
        cwd: project,
        env: {
          ...process.env,
          SANDBOX_URL: sandbox.url,
          SANDBOX_TOKEN_ID: sandbox.credentials.tokenId,
          SANDBOX_TOKEN: sandbox.credentials.token,
        },
      });
      expect(stdout.trim()).toBe('sent');
      left(sandbox);
    });
  },
);
