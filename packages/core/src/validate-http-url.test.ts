import { describe, expect, it } from 'vitest';
import { SipgateIOValidationError } from './errors.js';
import { validateHttpUrl } from './validate-http-url.js';

describe('validateHttpUrl', () => {
  it.each(['http://example.com/a.wav', 'HTTPS://example.com/a.wav?x=1', 'http://[::1]:8080/'])(
    'accepts %s',
    (url) => {
      expect(validateHttpUrl(url)).toBe(url);
    },
  );

  it.each<[string, unknown]>([
    ['a scheme without //', 'http:example.com'],
    ['leading white space', ' https://example.com'],
    ['another scheme', 'file:///tmp/a.wav'],
    ['a number', 42],
  ])('rejects %s, with the description and field it is given', (_case, url) => {
    let thrown: unknown;
    try {
      validateHttpUrl(url, { field: 'announcement', description: 'announcement URL' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect(thrown).toMatchObject({
      field: 'announcement',
      message: `Invalid announcement URL: ${String(url)}`,
    });
  });

  it('names `url` by default', () => {
    expect(() => validateHttpUrl('nope')).toThrow(
      expect.objectContaining({ field: 'url', message: 'Invalid URL: nope' }),
    );
  });
});
