import { randomBytes, randomUUID } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export interface Random {
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
  hex(length: number): string;
}

/** Creates a deterministic random source from a seed. */
export function createRandom(seed: number): Random {
  let value = seed >>> 0;
  const next = (): number => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, maxInclusive: number): number =>
    min + Math.floor(next() * (maxInclusive - min + 1));
  return {
    next,
    int,
    pick: <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T,
    chance: (probability) => next() < probability,
    hex: (length) => Array.from({ length }, () => int(0, 15).toString(16)).join(''),
  };
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Generates fresh personal-access-token credentials (`token-XXXXXX`, UUID v4). */
export function generateCredentials(): { tokenId: string; token: string } {
  const bytes = randomBytes(6);
  const suffix = Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
  return { tokenId: `token-${suffix}`, token: randomUUID() };
}

/** A random id for things created at run time (sessions, contacts, calls). */
export function newId(prefix = ''): string {
  return `${prefix}${randomBytes(12).toString('hex')}`;
}
