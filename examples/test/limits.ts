/**
 * Limits for the processes the examples tests start, many times their quiet duration so that a busy machine
 * does not fail them. Each stays under the project's per-test and per-hook limits (vitest.config.ts), so a
 * hanging process fails with its output rather than with a bare timeout.
 */
/** One `tsx` run of an example script (a few seconds on a quiet machine). */
export const SCRIPT_LIMIT_MS = 120_000;
/** The turbo build of the packages the examples import (cached: seconds; cold: a few minutes). */
export const BUILD_LIMIT_MS = 600_000;
