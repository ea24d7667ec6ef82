import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddressFrom } from '@/lib/auth/client-address';
import { readConfig } from '@/lib/config';
import { installSocketPeerStamp, SOCKET_PEER_HEADER } from '@/lib/http/socket-peer';
import { normalizeAddress, parseTrustedProxies, proxyMatcher } from '@/lib/http/trusted-proxies';

const none = proxyMatcher([]);
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars });
const proxies = (list: string) => {
  const parsed = parseTrustedProxies(list);
  if (!parsed.ok) throw new Error(parsed.message);
  return proxyMatcher(parsed.entries);
};
const request = (peer: string | undefined, forwardedFor?: string) => {
  const headers: Record<string, string> = {};
  if (peer !== undefined) headers[SOCKET_PEER_HEADER] = peer;
  if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor;
  return headers;
};

describe('clientAddressFrom', () => {
  it('counts the socket peer and ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(clientAddressFrom(request('203.0.113.9', '198.51.100.1'), none)).toBe('203.0.113.9');
    expect(clientAddressFrom(new Headers(request('203.0.113.9', '198.51.100.1, 198.51.100.2')), none)).toBe('203.0.113.9');
  });

  it('gives a client the same address whatever X-Forwarded-For it sends', () => {
    const seen = new Set<string | null>();
    for (let i = 0; i < 50; i++) seen.add(clientAddressFrom(request('203.0.113.9', `10.0.${i}.1, 192.0.2.${i}`), none));
    expect([...seen]).toEqual(['203.0.113.9']);
  });

  it('reads X-Forwarded-For from a trusted proxy: the right-most address that is not a trusted proxy', () => {
    const trusted = proxies('10.0.0.0/8, 192.168.1.1');
    expect(clientAddressFrom(request('10.0.0.5', '198.51.100.7'), trusted)).toBe('198.51.100.7');
    // The client wrote the left part; the proxies appended the rest.
    expect(clientAddressFrom(request('10.0.0.5', '1.1.1.1, 198.51.100.7, 192.168.1.1'), trusted)).toBe('198.51.100.7');
    expect(clientAddressFrom(request('::ffff:10.0.0.5', '198.51.100.7'), trusted)).toBe('198.51.100.7');
  });

  it('behind a trusted proxy, a client cannot reset its limit with new X-Forwarded-For values', () => {
    const trusted = proxies('10.0.0.1');
    const seen = new Set<string | null>();
    // The proxy appends the real client (198.51.100.7) to whatever the client sent.
    for (let i = 0; i < 50; i++) seen.add(clientAddressFrom(request('10.0.0.1', `192.0.2.${i}, 198.51.100.7`), trusted));
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('stops at the last trusted hop rather than believe a malformed one', () => {
    const trusted = proxies('10.0.0.1');
    expect(clientAddressFrom(request('10.0.0.1', '198.51.100.7, garbage'), trusted)).toBe('10.0.0.1');
    expect(clientAddressFrom(request('10.0.0.1'), trusted)).toBe('10.0.0.1');
    expect(clientAddressFrom(request('10.0.0.1', '10.0.0.1'), trusted)).toBe('10.0.0.1');
  });

  it('trusts X-Forwarded-For from no one else, not even loopback, unless configured', () => {
    expect(clientAddressFrom(request('127.0.0.1', '198.51.100.7'), none)).toBe('127.0.0.1');
    expect(clientAddressFrom(request('127.0.0.1', '198.51.100.7'), proxies('127.0.0.1'))).toBe('198.51.100.7');
  });

  it('knows no address (per-account limit only) without the socket stamp, rather than use X-Forwarded-For', () => {
    expect(clientAddressFrom(request(undefined, '198.51.100.7'), none)).toBeNull();
    expect(clientAddressFrom(request('not an address', '198.51.100.7'), none)).toBeNull();
  });
});

describe('TRUSTED_PROXIES', () => {
  it('defaults to none and accepts addresses and CIDR ranges of both families', () => {
    expect(readConfig(env({})).trustedProxies).toEqual([]);
    expect(readConfig(env({ TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.1,fd00::/8 ,::1' })).trustedProxies).toEqual([
      '10.0.0.0/8',
      '192.168.1.1/32',
      'fd00::/8',
      '::1/128',
    ]);
  });

  it.each(['10.0.0.0/33', 'proxy.internal', '10.0.0/8', '10.0.0.1/8/1', 'fd00::/129', '10.0.0.0/-1'])('fails loudly at start for %j', (value) => {
    expect(() => readConfig(env({ TRUSTED_PROXIES: value }))).toThrow(/TRUSTED_PROXIES/);
  });

  it('matches ranges of both families', () => {
    const trusted = proxies('10.0.0.0/8,fd00::/8');
    expect(['10.255.0.1', 'fd12::1'].map((a) => trusted.isTrusted(a))).toEqual([true, true]);
    expect(['11.0.0.1', 'fe80::1', 'nonsense'].map((a) => trusted.isTrusted(a))).toEqual([false, false, false]);
  });

  it('normalises addresses as sockets report them', () => {
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('192.0.2.1:443')).toBeNull();
  });
});

describe('installSocketPeerStamp', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installSocketPeerStamp();
    installSocketPeerStamp();
    server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ peer: req.headers[SOCKET_PEER_HEADER], address: clientAddressFrom(req.headers as Record<string, string>, none) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('stamps the real socket address over whatever the client sends', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [SOCKET_PEER_HEADER]: '198.51.100.66', 'x-forwarded-for': '198.51.100.77' },
    });
    expect(await response.json()).toEqual({ peer: '127.0.0.1', address: '127.0.0.1' });
  });
});
