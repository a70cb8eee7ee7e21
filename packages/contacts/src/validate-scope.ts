import { SipgateIOValidationError } from '@sipgateio/core';
import type { ExportScope } from './contacts.types.js';

const EXPORT_SCOPES: readonly ExportScope[] = ['PRIVATE', 'SHARED', 'INTERNAL', 'ALL'];

/**
 * Checks a scope against the allowed ones (all export scopes unless given).
 * @throws {SipgateIOValidationError} `Invalid scope: <value>` (field `scope`).
 */
export function validateScope<S extends ExportScope>(
  scope: unknown,
  allowed: readonly S[] = EXPORT_SCOPES as readonly S[],
): asserts scope is S {
  if (!(allowed as readonly unknown[]).includes(scope)) {
    throw new SipgateIOValidationError(
      `Invalid scope: ${String(scope)}. Use one of ${allowed.join(', ')}.`,
      'scope',
    );
  }
}
