import { SipgateIOValidationError } from './errors.js';

/**
 * Checks a webhook URL the way the original did (it must start with `http://` or `https://`) and, beyond
 * it, that a host follows the scheme.
 * @throws {SipgateIOValidationError} `Invalid webhook URL: <url>`
 */
export function validateWebhookUrl(value: unknown, field = 'url'): string {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]+/i.test(value) || !canParseUrl(value)) {
    throw new SipgateIOValidationError(`Invalid webhook URL: ${String(value)}`, field);
  }
  return value;
}

function canParseUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
