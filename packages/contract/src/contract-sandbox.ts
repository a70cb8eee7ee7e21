import { createSandbox, type Sandbox, type SandboxOptions } from '@sipgateio/sandbox';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type ContractRecorder, createContractRecorder } from './recorder.js';

/** The sandbox of a test file and the recorder that checks its exchanges (set once `beforeAll` ran). */
export interface ContractSandbox {
  readonly sandbox: Sandbox;
  readonly contract: ContractRecorder;
}

/**
 * Registers the hooks of an end-to-end test file: one sandbox on 127.0.0.1 whose every request and answer the
 * contract recorder checks against sipgate's OpenAPI description, reset before each test; a test that caused a
 * violation fails after it.
 *
 * @example
 * ```ts
 * const suite = useContractSandbox();
 * it('lists the lines', async () => {
 *   const client = sipgateIO(suite.sandbox.credentials, { baseUrl: suite.sandbox.url });
 *   expect(await createPhonelinesModule(client).listPhonelines()).toHaveLength(1);
 * });
 * ```
 */
export function useContractSandbox(options: Omit<SandboxOptions, 'onExchange'> = {}): ContractSandbox {
  const suite = {} as { sandbox: Sandbox; contract: ContractRecorder };
  beforeAll(async () => {
    suite.contract = await createContractRecorder();
    suite.sandbox = await createSandbox({ ...options, onExchange: suite.contract.onExchange });
  });
  afterAll(async () => {
    await suite.sandbox?.stop();
  });
  beforeEach(() => {
    suite.sandbox.reset();
  });
  afterEach(() => {
    suite.contract.assertNoViolations();
  });
  return suite;
}
