import { base64ToBytes, SipgateIOValidationError } from '@sipgateio/core';

const PEM = /^-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----\s*$/;
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

// One import per distinct key for the life of the process: parsing a 4096-bit key per request is waste.
const keyCache = new Map<string, Promise<CryptoKey>>();

/**
 * Checks that `pem` looks like an SPKI public key PEM (synchronously, for a clear early error).
 * @throws {SipgateIOValidationError} (field `publicKey`).
 */
export function parsePublicKeyPem(pem: string): Uint8Array<ArrayBuffer> {
  const match = typeof pem === 'string' ? PEM.exec(pem.trim()) : null;
  const der = match ? base64ToBytes((match[1] as string).replace(/\s+/g, '')) : undefined;
  if (!der) {
    throw new SipgateIOValidationError(
      'Invalid publicKey: expected a PEM "-----BEGIN PUBLIC KEY-----" block (SubjectPublicKeyInfo).',
      'publicKey',
    );
  }
  return der;
}

/** Imports (once) a PEM public key for RSA-SHA256 verification with WebCrypto. */
export function importPublicKey(pem: string): Promise<CryptoKey> {
  let key = keyCache.get(pem);
  if (!key) {
    const der = parsePublicKeyPem(pem);
    key = crypto.subtle.importKey('spki', der, ALGORITHM, false, ['verify']).catch((error: unknown) => {
      keyCache.delete(pem);
      throw new SipgateIOValidationError('Invalid publicKey: it is not an RSA public key.', 'publicKey', {
        cause: error,
      });
    });
    keyCache.set(pem, key);
  }
  return key;
}

/**
 * Verifies a base64 `X-Sipgate-Signature` (RSA-SHA256, PKCS#1 v1.5) over the exact body bytes. Resolves
 * false for a missing, malformed or wrong signature; it never throws for untrusted input.
 */
export async function verifySignature(
  key: CryptoKey,
  body: Uint8Array<ArrayBuffer>,
  signature: string | null | undefined,
): Promise<boolean> {
  if (!signature) return false;
  const bytes = base64ToBytes(signature.trim());
  if (!bytes) return false;
  try {
    return await crypto.subtle.verify(ALGORITHM, key, bytes, body);
  } catch {
    return false;
  }
}
