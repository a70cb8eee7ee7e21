import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateWebhookUrl } from './validate-webhook-url.js';

describe('validateWebhookUrl', () => {
  it.each([
    'https://example.com/webhook',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Hook',
    'http://127.0.0.1:8080/io?token=a&b=c',
    'http://localhost',
    'https://user@example.com/x',
  ])('accepts %s', (url) => {
    expect(validateWebhookUrl(url)).toBe(url);
  });

  it.each<[string, unknown]>([
    ['a bare http://', 'http://'],
    ['a bare https://', 'https://'],
    ['httptest://', 'httptest://'],
    ['empty', ''],
    ['httpsx', 'httpsx'],
    ['://', '://'],
    ['www.url.com', 'www.url.com'],
    ['ftp://example.com', 'ftp://example.com'],
    ['a path without host', 'http:///path'],
    ['a space in the host', 'http://exa mple.com'],
    ['newUrl', 'newUrl'],
    ['undefined', undefined],
  ])('rejects %s', (_case, url) => {
    let thrown: unknown;
    try {
      validateWebhookUrl(url, 'incomingUrl');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect(thrown).toMatchObject({ field: 'incomingUrl', message: `Invalid webhook URL: ${String(url)}` });
  });

  it('names the field url by default', () => {
    expect(() => validateWebhookUrl('nope')).toThrow(expect.objectContaining({ field: 'url' }));
  });
});
