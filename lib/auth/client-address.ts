import { config } from '@/lib/config';
import { SOCKET_PEER_HEADER } from '@/lib/http/socket-peer';
import { normalizeAddress, proxyMatcher, type ProxyMatcher } from '@/lib/http/trusted-proxies';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

let matcherFor: { entries: readonly string[]; matcher: ProxyMatcher } | undefined;

function configuredMatcher(): ProxyMatcher {
  const entries = config().trustedProxies;
  if (matcherFor?.entries !== entries) matcherFor = { entries, matcher: proxyMatcher(entries) };
  return matcherFor.matcher;
}

function header(headers: HeaderSource, name: string): string | null {
  const raw = headers instanceof Headers ? headers.get(name) : headers[name];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  return value ?? null;
}

let warnedUnstamped = false;

/**
 * The client address the sign-in throttle counts. The socket peer (stamped by
 * installSocketPeerStamp) counts, unless it is a trusted proxy (`TRUSTED_PROXIES`, default none):
 * then X-Forwarded-For is read from the right, skipping trusted proxies, and the first address
 * that is not one is the client. Everything left of it was written by the client and is ignored,
 * so sending new X-Forwarded-For values never yields a fresh address. Null when the peer is
 * unknown (a request that reached the app before the stamp was installed): only the per-account
 * limit applies then, rather than an address the client chose.
 */
export function clientAddressFrom(headers: HeaderSource, trusted: ProxyMatcher = configuredMatcher()): string | null {
  const stamped = header(headers, SOCKET_PEER_HEADER);
  const peer = stamped === null ? null : normalizeAddress(stamped);
  if (!peer) {
    if (stamped === null && !warnedUnstamped) {
      warnedUnstamped = true;
      console.warn(`Sign-in request without ${SOCKET_PEER_HEADER}: the socket address is unknown, so it is not throttled by address.`);
    }
    return null;
  }
  if (!trusted.isTrusted(peer)) return peer;
  const hops = (header(headers, 'x-forwarded-for') ?? '').split(',').reverse();
  let client = peer;
  for (const hop of hops) {
    const address = normalizeAddress(hop);
    // A hop no trusted proxy would write: stop at the last trusted one rather than believe it.
    if (!address) break;
    client = address;
    if (!trusted.isTrusted(address)) break;
  }
  return client;
}
