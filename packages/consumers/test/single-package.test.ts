import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@sipgateio/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedProject, installedSipgateioScope, run } from './packed.js';

// A user who needs SMS only: `npm install @sipgateio/core @sipgateio/sms`, from the packed tarballs.
const SEND_SMS = `
import { sipgateIO } from '@sipgateio/core';
import { createSMSModule } from '@sipgateio/sms';

const client = sipgateIO(
  { tokenId: process.env.SANDBOX_TOKEN_ID, token: process.env.SANDBOX_TOKEN },
  { baseUrl: process.env.SANDBOX_URL },
);
await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Sent from a tarball' });
console.log('sent');
`;

describe('a single feature package installed from its tarball', () => {
  let project = '';
  let sandbox: Sandbox;

  beforeAll(async () => {
    [project, sandbox] = await Promise.all([
      installedProject('single', { packages: ['@sipgateio/core', '@sipgateio/sms'] }),
      createSandbox(),
    ]);
  }, 180_000);
  afterAll(() => sandbox?.stop());

  it('installs no other @sipgateio package', () => {
    expect(installedSipgateioScope(project)).toEqual(['@sipgateio/core', '@sipgateio/sms']);
  });

  it('sends an SMS to the sandbox', async () => {
    await writeFile(join(project, 'send-sms.mjs'), SEND_SMS);
    const { stdout } = await run(process.execPath, ['send-sms.mjs'], {
      cwd: project,
      env: {
        ...process.env,
        SANDBOX_URL: sandbox.url,
        SANDBOX_TOKEN_ID: sandbox.credentials.tokenId,
        SANDBOX_TOKEN: sandbox.credentials.token,
      },
    });
    expect(stdout.trim()).toBe('sent');
    expect(sandbox.state.sms).toEqual([
      expect.objectContaining({ smsId: 's0', recipient: '+4915799912345', message: 'Sent from a tarball' }),
    ]);
  });
});
