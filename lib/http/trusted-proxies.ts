import net from 'node:net';

/**
 * `TRUSTED_PROXIES`: a comma-separated list of IP addresses and CIDR ranges (`10.0.0.0/8`,
 * `fd00::/8`, `127.0.0.1`) of the reverse proxies in front of the portal. Only a request whose
 * socket peer is one of them may name the client in `X-Forwarded-For`.
 */
export type TrustedProxiesParse = { ok: true; entries: string[] } | { ok: false; message: string };

export function parseTrustedProxies(value: string): TrustedProxiesParse {
  const entries: string[] = [];
  for (const raw of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix, extra] = raw.split('/');
    const family = net.isIP(address);
    const maxPrefix = family === 4 ? 32 : 128;
    const bits = prefix === undefined ? maxPrefix : Number(prefix);
    if (!family || extra !== undefined || !/^\d{1,3}$/.test(String(bits)) || bits > maxPrefix) {
      return { ok: false, message: `"${raw}" is not an IP address or CIDR range (like 10.0.0.0/8 or fd00::/8)` };
    }
    entries.push(`${address.toLowerCase()}/${bits}`);
  }
  return { ok: true, entries };
}

/** Matches addresses against a parsed `TRUSTED_PROXIES` list. */
export type ProxyMatcher = { isTrusted(address: string): boolean };

export function proxyMatcher(entries: readonly string[]): ProxyMatcher {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    list.addSubnet(address, Number(bits), net.isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
  return {
    isTrusted(address) {
      const family = net.isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * An address as the throttle stores it: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how a dual-stack
 * socket reports IPv4 peers) as plain IPv4, a zone id dropped; null when it is not an IP address.
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
  address = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  return net.isIP(address) ? address.toLowerCase() : null;
}
