import { api, BASE_URL, setupNock, TEST_CREDENTIALS } from '@sipgateio/test-utils';
import { describe, expect, it } from 'vitest';
import * as sipgateio from './index.js';

setupNock();

describe('the sipgateio meta-package', () => {
  it('sends an SMS through sipgateIO and createSMSModule, as code written for the original does', async () => {
    api().post('/v2/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hello' }).reply(204);
    const client = sipgateio.sipgateIO(TEST_CREDENTIALS, { baseUrl: BASE_URL, retry: 0 });
    await sipgateio.createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
  });

  it('exports the error classes with a working isSipgateIOError', () => {
    const error = new sipgateio.SipgateIOValidationError('Invalid SMS message', 'message');
    expect(sipgateio.isSipgateIOError(error)).toBe(true);
    expect(error).toBeInstanceOf(sipgateio.SipgateIOError);
  });
});
