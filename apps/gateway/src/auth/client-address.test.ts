import { describe, expect, it } from 'vitest';
import { clientAddressOf, parseTrustedProxies, trustedProxies } from './client-address.js';

const proxies = trustedProxies(parseTrustedProxies('10.0.0.1, 192.168.0.0/16, ::1'));

describe('client address behind trusted proxies', () => {
  it('uses the socket address when the peer is not a trusted proxy', () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
    expect(clientAddressOf('::ffff:203.0.113.9', undefined, proxies)).toBe('203.0.113.9');
  });

  it('takes the rightmost address that is not a trusted proxy', () => {
    expect(clientAddressOf('10.0.0.1', '198.51.100.1', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf('::ffff:10.0.0.1', '198.51.100.1', proxies)).toBe('198.51.100.1');
    // A client's own forged entries sit left of what the proxies appended.
    expect(clientAddressOf('10.0.0.1', '1.2.3.4, 198.51.100.1, 192.168.4.5', proxies)).toBe(
      '198.51.100.1',
    );
    expect(clientAddressOf('::1', ['1.2.3.4', '198.51.100.7'], proxies)).toBe('198.51.100.7');
  });

  it('stops at the last trusted hop when every hop is trusted or one is malformed', () => {
    expect(clientAddressOf('10.0.0.1', '192.168.1.1, 10.0.0.1', proxies)).toBe('192.168.1.1');
    expect(clientAddressOf('10.0.0.1', 'not-an-address', proxies)).toBe('10.0.0.1');
    expect(clientAddressOf('10.0.0.1', '', proxies)).toBe('10.0.0.1');
  });

  it('trusts nobody by default', () => {
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', trustedProxies([]))).toBe('127.0.0.1');
  });

  it('refuses entries that are not addresses or CIDR blocks, naming them', () => {
    expect(parseTrustedProxies(' 10.0.0.0/8 ,fd00::/8,')).toEqual(['10.0.0.0/8', 'fd00::/8']);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies('proxy.local')).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies('10.0.0.1/8/8')).toThrow(/10\.0\.0\.1\/8\/8/);
  });
});
