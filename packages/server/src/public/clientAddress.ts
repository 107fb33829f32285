import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address for per-address limits: the connection's peer address (from
 * `@hono/node-server`), never a header by default. Only when the peer is one of
 * `trustedProxies` is `X-Forwarded-For` read, right to left, skipping trusted proxies: the first
 * other address is the client. Without a socket (a host runtime other than Node, or
 * `app.request()` in tests without one) the address is `unknown`, one shared bucket.
 *
 * @example
 * ```ts
 * clientAddress(c, ['10.0.0.2']); // '203.0.113.7' when the proxy 10.0.0.2 forwarded it
 * ```
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  const address = normalize(peer) ?? 'unknown';
  if (!trustedProxies.includes(address)) return address;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => normalize(part.trim()))
    .filter((part): part is string => Boolean(part));
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const hop = forwarded[i] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return address;
}

/** `::ffff:1.2.3.4` (IPv4 mapped into IPv6) as `1.2.3.4`; empty as undefined. */
function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
