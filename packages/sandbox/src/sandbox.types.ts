import type { SandboxOAuth, SandboxOAuthOptions } from './routes/oauth.types.js';
import type { CallTranscript, SimulateCallOptions } from './simulator/simulator.types.js';
import type { SandboxExchange, SandboxState } from './state.types.js';

/** Personal-access-token credentials the sandbox accepts (`Authorization: Basic base64(tokenId:token)`). */
export interface SandboxCredentials {
  tokenId: string;
  token: string;
}

/** How a fax sent to the sandbox moves through PENDING → SENDING → SENT (or FAILED) in `/history`. */
export interface SandboxFaxOptions {
  /** Milliseconds a new fax stays PENDING (default 300). */
  pendingMs?: number;
  /** Milliseconds a fax stays SENDING after PENDING (default 300). */
  sendingMs?: number;
  /** Advance one status per `GET /history/{id}` instead of by time (default false). */
  advanceOnRead?: boolean;
  /** Final status of every fax (default `SENT`). */
  outcome?: 'SENT' | 'FAILED';
}

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Accepted personal-access-token credentials; generated when omitted. */
  credentials?: SandboxCredentials;
  /** An OAuth access token accepted as `Authorization: Bearer <token>` as well. */
  accessToken?: string;
  /** Seed of the deterministic history generator and of generated ids (default 1). */
  seed?: number;
  /** How many history entries the generator creates (default 50). */
  historySize?: number;
  /** Fax status progression. */
  fax?: SandboxFaxOptions;
  /** Milliseconds the simulator waits for a webhook answer before it goes on without one (default 10 000). */
  webhookTimeoutMs?: number;
  /** The OAuth client and token lifetimes of the sandbox's login (`sandbox.oauth`). */
  oauth?: SandboxOAuthOptions;
  /**
   * Called after every answered request with the request and the answer (for contract checks and logs; the
   * Authorization header is never included). Not called for CORS preflights and for dropped or hanging
   * requests; an error it throws is ignored.
   */
  onExchange?: (exchange: SandboxExchange) => void;
}

/** Makes the next matching requests fail; see {@link Sandbox.fail}. */
export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Path below the base URL (`/sessions/sms`) or a RegExp tested against it. */
  path: string | RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Status of the failure response (default 500). */
  status?: number;
  /** Extra response headers, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
  /** Delay the response by this many ms (then handle it normally), or `true` to never answer. */
  hang?: number | true;
  /** Read the body, apply the request's effect, then destroy the socket without a response. */
  dropAfterBody?: true;
}

/** A running sandbox. */
export interface Sandbox {
  /** API base URL ending in `/v2`, e.g. `http://127.0.0.1:4010/v2`. */
  url: string;
  /** Valid personal-access-token credentials for this sandbox. */
  credentials: SandboxCredentials;
  /** PEM (SPKI) of the key the simulator signs webhooks with. */
  publicKey: string;
  /** The sandbox's login (sipgate's `third-party` realm): issuer, client credentials, token requests seen. */
  oauth: SandboxOAuth;
  /** Everything the sandbox holds and has received; read it in tests. */
  state: SandboxState;
  /** Plays an incoming call against a webhook and returns its transcript. */
  simulateIncomingCall(options: SimulateCallOptions): Promise<CallTranscript>;
  /** Plays an outgoing call (direction `out`) against a webhook and returns its transcript. */
  simulateOutgoingCall(options: SimulateCallOptions): Promise<CallTranscript>;
  /** Makes the next matching requests fail. */
  fail(rule: FaultRule): void;
  /** Restores the initial state and clears recorded requests and pending faults. */
  reset(): void;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}
