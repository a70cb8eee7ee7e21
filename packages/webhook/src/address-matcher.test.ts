import { describe, expect, it } from 'vitest';
import { createAddressMatcher, parseAddress } from './address-matcher.js';
import { resolveClientAddress, resolveTrustProxy } from './client-address.js';

describe('address matching', () => {
  it.each([
    ['127.0.0.1', { version: 4, value: 0x7f000001n }],
    ['::ffff:127.0.0.1', { version: 4, value: 0x7f000001n }],
    ['::1', { version: 6, value: 1n }],
    ['2001:DB8::1', { version: 6, value: 0x20010db8000000000000000000000001n }],
    ['fe80::1%eth0', { version: 6, value: 0xfe800000000000000000000000000001n }],
    ['1:2:3:4:5:6:7:8', { version: 6, value: 0x00010002000300040005000600070008n }],
  ])('parses %s', (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  it.each([['256.0.0.1'], ['1.2.3'], ['1::2::3'], ['1:2:3:4:5:6:7:8:9'], ['12345::'], ['example.com'], ['']])(
    'refuses %s',
    (address) => {
      expect(parseAddress(address)).toBeUndefined();
    },
  );

  it('matches exact addresses and CIDR ranges of both families', () => {
    const matches = createAddressMatcher(['217.116.118.254', '10.0.0.0/8', '2001:db8::/32'], 'list');
    expect(
      ['217.116.118.254', '::ffff:217.116.118.254', '10.200.3.4', '2001:db8:ffff::1'].map(matches),
    ).toEqual([true, true, true, true]);
    expect(['217.116.118.253', '11.0.0.1', '2001:db9::1', 'garbage'].map(matches)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(createAddressMatcher(['0.0.0.0/0'], 'list')('8.8.8.8')).toBe(true);
  });

  it.each([['10.0.0.0/33'], ['::/129'], ['10.0.0.0/x'], ['localhost']])('rejects the entry %s', (entry) => {
    expect(() => createAddressMatcher([entry], 'trustProxy')).toThrow(
      expect.objectContaining({ name: 'SipgateIOValidationError', field: 'trustProxy' }),
    );
  });

  it('resolves the client behind trusted proxies given as ranges, ignoring spoofed entries', () => {
    const trusted = resolveTrustProxy(['10.0.0.0/8']);
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 212.9.46.32, 10.1.1.1', trusted)).toBe('212.9.46.32');
    expect(resolveClientAddress('192.0.2.1', '212.9.46.32', trusted)).toBe('192.0.2.1');
    expect(resolveClientAddress('10.0.0.2', undefined, trusted)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '212.9.46.32', 0)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 212.9.46.32', 5)).toBe('1.1.1.1');
  });
});
