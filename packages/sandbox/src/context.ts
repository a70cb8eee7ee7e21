import type { SandboxFaxOptions } from './sandbox.types.js';
import type { SandboxState } from './state.types.js';

/** What every route handler can reach: the live state and the sandbox's settings. */
export interface SandboxContext {
  state: SandboxState;
  fax: Required<SandboxFaxOptions>;
  /** Fax ids whose status advances on reads (`fax.advanceOnRead`), with the steps still to go. */
  faxSteps: Map<string, string[]>;
  /** The current time. */
  now(): Date;
  /** Runs a function later; cleared by `reset()` and `stop()`. */
  later(callback: () => void, ms: number): void;
}

/** An ISO-8601 UTC timestamp without milliseconds, as the API sends them (`2020-09-14T10:03:20Z`). */
export function isoTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
