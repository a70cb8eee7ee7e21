import { createContractRecorder } from '@sipgateio/contract';
import { createSandbox } from '@sipgateio/sandbox';
import { afterAll, afterEach } from 'vitest';

const contract = await createContractRecorder();
const sandbox = await createSandbox({ onExchange: contract.onExchange });
afterEach(() => contract.assertNoViolations()); // fails the test that broke the contract
afterAll(() => sandbox.stop());
