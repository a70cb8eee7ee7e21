import { createSign, generateKeyPairSync } from 'node:crypto';

/** An RSA key pair the sandbox signs webhooks with, like sipgate's push key. */
export interface SigningKeys {
  publicKey: string;
  sign(body: string): string;
}

let cached: SigningKeys | undefined;

/**
 * Returns this process's signing key pair, generated on first use (key generation takes a noticeable
 * fraction of a second, and tests start many sandboxes). 2048 bits instead of sipgate's 4096 keeps start-up fast; verification code is
 * the same (RSA-SHA256, PKCS#1 v1.5, base64).
 */
export function createSigningKeys(): SigningKeys {
  cached ??= generateKeys();
  return cached;
}

function generateKeys(): SigningKeys {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (body) => createSign('RSA-SHA256').update(body, 'utf8').sign(privateKey, 'base64'),
  };
}
