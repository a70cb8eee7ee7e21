import { createSandbox, type Sandbox, type SandboxOptions } from '@sipgateio/sandbox';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type ContractRecorder, createContractRecorder } from './recorder.js';

/** The sandbox and recorder of {@link useContractSandbox}, readable once its `beforeAll` has run. */
export interface ContractSandbox {
  readonly sandbox: Sandbox;
  readonly contract: ContractRecorder;
}

/**
 * Registers the vitest hooks of a suite whose every exchange with the sandbox is checked against the
 * description: one sandbox for the file (stopped after it), reset before each test, and each test failed by the
 * violations it caused.
 *
 * @example
 * const sandboxed = useContractSandbox({ historySize: 250 });
 * it('sends an SMS', async () => {
 *   const client = sipgateIO(sandboxed.sandbox.credentials, { baseUrl: sandboxed.sandbox.url });
 * });
 */
export function useContractSandbox(options: Omit<SandboxOptions, 'onExchange'> = {}): ContractSandbox {
  let sandbox: Sandbox | undefined;
  let contract: ContractRecorder | undefined;
  beforeAll(async () => {
    contract = await createContractRecorder();
    sandbox = await createSandbox({ ...options, onExchange: contract.onExchange });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });
  beforeEach(() => sandbox?.reset());
  afterEach(() => contract?.assertNoViolations());
  return {
    get sandbox() {
      if (!sandbox) throw new Error('the sandbox starts in beforeAll; read it inside hooks and tests');
      return sandbox;
    },
    get contract() {
      if (!contract) throw new Error('the recorder starts in beforeAll; read it inside hooks and tests');
      return contract;
    },
  };
}
