import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { TrustedProxies } from '../auth/client-address.js';

/** Sent with every response: the panel, the API, health checks and errors alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  // The panel uses no device or browser feature that could be lent to a third party.
  'permissions-policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // No other site's window keeps a handle on ours (window.opener).
  'cross-origin-opener-policy': 'same-origin',
};

/** One year, subdomains included; sent only on responses that arrived over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Whether the client reached us over HTTPS: a TLS socket, or a trusted proxy (TRUST_PROXY)
 * saying so in `X-Forwarded-Proto` (its last value: the one that proxy set). Anyone else's
 * header is not believed.
 */
export function servedOverHttps(req: IncomingMessage, trusted: TrustedProxies): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
  const peer = req.socket.remoteAddress;
  if (peer === undefined || !trusted.has(peer)) return false;
  const header = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').pop();
  return proto?.trim().toLowerCase() === 'https';
}

/** The security headers of one response. */
export function securityHeadersFor(
  req: IncomingMessage,
  trusted: TrustedProxies,
): Readonly<Record<string, string>> {
  return servedOverHttps(req, trusted)
    ? { ...securityHeaders, 'strict-transport-security': STRICT_TRANSPORT_SECURITY }
    : securityHeaders;
}
