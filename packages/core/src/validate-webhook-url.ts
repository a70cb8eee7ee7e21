import { validateHttpUrl } from './validate-http-url.js';

/**
 * Checks a webhook URL the way the original did (it must start with `http://` or `https://`) and, beyond
 * it, that a host follows the scheme.
 * @throws {SipgateIOValidationError} `Invalid webhook URL: <url>`
 */
export function validateWebhookUrl(value: unknown, field = 'url'): string {
  return validateHttpUrl(value, { field, description: 'webhook URL' });
}
