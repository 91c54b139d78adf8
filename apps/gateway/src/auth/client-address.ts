import { BlockList, isIP } from 'node:net';

/** The proxies whose `X-Forwarded-For` is believed: addresses and CIDR blocks. */
export type TrustedProxies = { has(address: string): boolean };

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is `10.0.0.1`. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/**
 * Parses a TRUST_PROXY list ("10.0.0.1, 10.1.0.0/16, ::1"): each entry is an address or
 * an address/prefix. Throws naming the first entry that is neither.
 */
export function parseTrustedProxies(list: string): readonly string[] {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(normalise(address));
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || rest.length > 0 || !prefixOk)
      throw new Error(`"${entry}" is not an IP address or CIDR block (e.g. 10.0.0.0/8)`);
  }
  return entries;
}

/** A matcher for parsed TRUST_PROXY entries. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [raw = '', prefix] = entry.split('/');
    const address = normalise(raw);
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    has(candidate) {
      const address = normalise(candidate);
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The address of the client behind the socket. Only a trusted proxy's `X-Forwarded-For` is
 * read, from the right (each proxy appends the peer it saw): the first address that is not a
 * trusted proxy is the client. Whatever a client writes into the header itself sits to the
 * left of that and is never reached. A malformed hop stops the walk at the proxy before it.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let address = normalise(socketAddress ?? 'unknown');
  if (!trusted.has(address) || forwardedFor === undefined) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((hop) => normalise(hop.trim()))
    .filter((hop) => hop !== '');
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i] ?? '';
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!trusted.has(hop)) return hop;
  }
  return address;
}
