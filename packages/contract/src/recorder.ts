import type { SandboxExchange } from '@sipgateio/sandbox';
import { expect } from 'vitest';
import { type ContractValidator, createContractValidator } from './validator.js';
import { type ContractViolation, formatViolation } from './violation.js';

/** Thrown by {@link ContractRecorder.assertNoViolations}; the message lists every violation, one a line. */
export class ContractViolationError extends Error {
  override readonly name = 'ContractViolationError';

  constructor(readonly violations: readonly ContractViolation[]) {
    super(
      `${violations.length} exchange(s) with the sandbox break the OpenAPI description:\n${violations
        .map((violation) => `  - ${formatViolation(violation)}`)
        .join('\n')}`,
    );
  }
}

/** Collects the violations of every exchange a sandbox reports. */
export interface ContractRecorder {
  /** Give this to `createSandbox({ onExchange })`. */
  onExchange(exchange: SandboxExchange): void;
  /** How many exchanges were checked so far. */
  readonly checked: number;
  /** The `operationId` of every operation an exchange so far matched (for coverage checks). */
  readonly exercised: ReadonlySet<string>;
  /** The violations found so far. */
  readonly violations: readonly ContractViolation[];
  /** Runs `action` and returns the violations found while it ran, without keeping them (for tests that break the contract on purpose). */
  expectViolations(action: () => Promise<unknown>): Promise<ContractViolation[]>;
  /**
   * Checks that no exchange since the last call broke the description (each violation is reported once).
   *
   * @throws {ContractViolationError} listing the violations found since the last call.
   */
  assertNoViolations(): void;
}

/** Options of {@link createContractRecorder}. */
export interface ContractRecorderOptions {
  validator?: ContractValidator;
  /** Names who sent the current request (default: the running vitest test). */
  sender?: () => string | undefined;
}

function currentTest(): string | undefined {
  try {
    return expect.getState().currentTestName;
  } catch {
    return undefined;
  }
}

/**
 * Creates a recorder that validates every exchange of a sandbox against the corrected OpenAPI description.
 *
 * @example
 * const contract = await createContractRecorder();
 * const sandbox = await createSandbox({ onExchange: contract.onExchange });
 * afterEach(() => contract.assertNoViolations());
 */
export async function createContractRecorder(
  options: ContractRecorderOptions = {},
): Promise<ContractRecorder> {
  const validator = options.validator ?? (await createContractValidator());
  const sender = options.sender ?? currentTest;
  let violations: ContractViolation[] = [];
  let checked = 0;
  const exercised = new Set<string>();
  return {
    get checked() {
      return checked;
    },
    exercised,
    get violations() {
      return violations;
    },
    onExchange(exchange) {
      checked += 1;
      const operationId = validator.operationOf(exchange);
      if (operationId !== undefined) exercised.add(operationId);
      const found = validator.validate(exchange);
      if (found.length === 0) return;
      const name = sender();
      violations.push(...found.map((violation) => (name ? { ...violation, sender: name } : violation)));
    },
    async expectViolations(action) {
      const before = violations;
      violations = [];
      try {
        await action();
        return violations;
      } finally {
        violations = before;
      }
    },
    assertNoViolations() {
      const found = violations;
      violations = [];
      if (found.length > 0) throw new ContractViolationError(found);
    },
  };
}
