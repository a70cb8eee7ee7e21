import { SipgateIOValidationError } from '@sipgateio/core';
import { createAddressMatcher } from './address-matcher.js';

/** Addresses sipgate.io sends webhooks from (push-api.sipgate.net), as the original SDK listed them. */
export const SIPGATE_WEBHOOK_SOURCE_ADDRESSES: readonly string[] = Object.freeze([
  '217.116.118.254',
  '212.9.46.32',
]);

/**
 * Which proxies in front of the handler are trusted to append to `X-Forwarded-For`: a hop count (1 = one
 * reverse proxy) or the proxies' addresses and CIDR ranges. Without it, `X-Forwarded-For` is ignored.
 */
export type TrustProxy = number | readonly string[];

/** Strips the IPv4-mapped IPv6 prefix and lower-cases, so `::ffff:127.0.0.1` equals `127.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/** A resolved trust setting: a hop count or a predicate for trusted proxy addresses. */
export type TrustedProxies = number | ((address: string) => boolean);

/**
 * Checks `trustProxy` and turns an address list into a predicate once.
 * @throws {SipgateIOValidationError} (field `trustProxy`) for a negative/fractional count or a bad entry.
 */
export function resolveTrustProxy(trustProxy: TrustProxy | undefined): TrustedProxies | undefined {
  if (trustProxy === undefined) return undefined;
  if (typeof trustProxy === 'number' && Number.isInteger(trustProxy) && trustProxy >= 0) return trustProxy;
  if (Array.isArray(trustProxy)) return createAddressMatcher(trustProxy, 'trustProxy');
  throw new SipgateIOValidationError(
    'Invalid trustProxy: use the number of trusted reverse proxies (e.g. 1) or a list of their addresses.',
    'trustProxy',
  );
}

/**
 * The address a request came from: the socket peer, or, when proxies are trusted, the first address in
 * `X-Forwarded-For` (read right to left) that was not added by a trusted proxy. Undefined when unknown.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trusted: TrustedProxies | undefined,
): string | undefined {
  if (socketAddress === undefined) return undefined;
  const peer = normalizeAddress(socketAddress);
  if (trusted === undefined || !forwardedFor) return peer;
  // Right to left: the socket peer, then what each proxy saw. Entries left of the first untrusted hop are
  // client-supplied and worthless.
  const chain = [
    ...forwardedFor
      .split(',')
      .map(normalizeAddress)
      .filter((entry) => entry !== ''),
    peer,
  ].reverse();
  if (typeof trusted === 'number') return chain[Math.min(trusted, chain.length - 1)];
  for (const address of chain) {
    if (!trusted(address)) return address;
  }
  return chain[chain.length - 1];
}
