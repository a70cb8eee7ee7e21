import { SipgateIOValidationError } from '@sipgateio/core';

interface ParsedAddress {
  version: 4 | 6;
  value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/;

function parseIPv4(text: string): bigint | undefined {
  const match = IPV4.exec(text);
  if (!match) return undefined;
  let value = 0n;
  for (const octet of match.slice(1)) {
    const number = Number(octet);
    if (number > 255) return undefined;
    value = (value << 8n) | BigInt(number);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined): string[] | undefined => {
    if (!half) return [];
    const parts = half.split(':');
    const last = parts.at(-1) ?? '';
    if (last.includes('.')) {
      // An embedded IPv4 tail (`::ffff:1.2.3.4`) counts as two groups.
      const ipv4 = parseIPv4(last);
      if (ipv4 === undefined) return undefined;
      parts.splice(-1, 1, ((ipv4 >> 16n) & 0xffffn).toString(16), (ipv4 & 0xffffn).toString(16));
    }
    return parts.every((part) => HEX_GROUP.test(part)) ? parts : undefined;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...tail]) {
    value = (value << 16n) | BigInt(Number.parseInt(group, 16));
  }
  return value;
}

/** Parses an IPv4 or IPv6 address (IPv4-mapped IPv6 counts as IPv4; a zone id is ignored). */
export function parseAddress(address: string): ParsedAddress | undefined {
  const text = address.trim().toLowerCase().replace(/%.*$/, '');
  const ipv4 = parseIPv4(text);
  if (ipv4 !== undefined) return { version: 4, value: ipv4 };
  const ipv6 = text.includes(':') ? parseIPv6(text) : undefined;
  if (ipv6 === undefined) return undefined;
  if (ipv6 >> 32n === 0xffffn) return { version: 4, value: ipv6 & 0xffffffffn };
  return { version: 6, value: ipv6 };
}

/**
 * Builds a predicate for a list of addresses and CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`).
 * @throws {SipgateIOValidationError} naming `field` for an entry that is neither.
 */
export function createAddressMatcher(
  entries: readonly string[],
  field: string,
): (address: string) => boolean {
  const ranges = entries.map((entry) => {
    const [address = '', prefix] = String(entry).split('/');
    const parsed = parseAddress(address);
    const bits = parsed?.version === 6 ? 128 : 32;
    const length = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!parsed || !(length >= 0 && length <= bits)) {
      throw new SipgateIOValidationError(
        `Invalid ${field}: ${JSON.stringify(entry)} is not an IP address or CIDR range.`,
        field,
      );
    }
    const shift = BigInt(bits - length);
    return { version: parsed.version, shift, network: parsed.value >> shift };
  });
  return (address) => {
    const parsed = parseAddress(address);
    return (
      parsed !== undefined &&
      ranges.some(
        (range) => range.version === parsed.version && parsed.value >> range.shift === range.network,
      )
    );
  };
}
