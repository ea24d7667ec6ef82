import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivatePostgres, privatePostgresUnavailable, type PrivatePostgres } from './support/private-postgres';
import { portalBuildMissing, runCli, startPortalServer, type PortalServer } from './support/portal-server';

// The real portal (`next start` of this checkout's build: instrumentation, proxy, route handlers)
// on a private PostgreSQL cluster that these tests stop, crash and restart. Run with `npm run test:faults`.
const skipReason = privatePostgresUnavailable() ?? portalBuildMissing();
if (skipReason && process.env.FAULTS_REQUIRED === '1') throw new Error(`Fault tests cannot run here (FAULTS_REQUIRED=1): ${skipReason}.`);
if (skipReason) console.warn(`Fault tests skipped: ${skipReason}.`);

const DATABASE = 'trustledger';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = { at: number; status: number; body?: unknown };

describe.skipIf(skipReason !== null)('the portal and its database failing', () => {
  let pg: PrivatePostgres;
  let portal: PortalServer;
  let token = '';
  const cli = (...args: string[]) => {
    const result = runCli(portal.env, args);
    if (result.status !== 0) throw new Error(`cli ${args.join(' ')} → ${result.status}\n${result.stdout}\n${result.stderr}`);
    return result.stdout.trim();
  };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${portal.baseUrl}${path}`, { headers, redirect: 'manual' });
  const authed = (path: string, init: RequestInit = {}) =>
    fetch(`${portal.baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

  async function waitForHealth(timeoutMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const response = await get('/api/health').catch(() => null);
      if (response?.status === 200) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new Error(`not healthy within ${timeoutMs} ms (last ${response?.status}):\n${portal.output().slice(-3000)}`);
      await sleep(100);
    }
  }

  async function expectUnavailable(response: Response) {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { status: number; title: string };
    expect(body.status).toBe(503);
  }

  /** `writers` loops creating organisations through the API until `stop()`; every answer recorded. */
  function writeLoad(writers: number, tag: string) {
    const outcomes: Outcome[] = [];
    const acknowledged: string[] = [];
    let running = true;
    let n = 0;
    const loops = Array.from({ length: writers }, async (_, w) => {
      while (running) {
        const name = `Fault ${tag} ${w}-${n++}`;
        try {
          const response = await authed('/api/v1/organizations', { method: 'POST', body: JSON.stringify({ name, kind: 'vendor' }) });
          const body = (await response.json().catch(() => null)) as { id?: string } | null;
          outcomes.push({ at: Date.now(), status: response.status, body });
          if (response.status === 201 && body?.id) acknowledged.push(body.id);
          if (response.status !== 201) await sleep(50);
        } catch (error) {
          outcomes.push({ at: Date.now(), status: -1, body: String(error) });
          await sleep(50);
        }
      }
    });
    return {
      outcomes,
      acknowledged,
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  beforeAll(async () => {
    pg = await createPrivatePostgres();
    pg.start();
    const admin = postgres(pg.url(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${DATABASE}`);
    await admin.end();
    pg.stop();
    portal = await startPortalServer(pg.url(DATABASE));
  }, 120_000);

  afterAll(async () => {
    if (process.env.FAULTS_SERVER_LOG && portal) (await import('node:fs')).writeFileSync(process.env.FAULTS_SERVER_LOG, portal.output());
    await portal?.stop();
    pg?.destroy();
  });

  it('started while PostgreSQL is down: 503 problem documents with Retry-After, then healthy on its own once it is up', async () => {
    await expectUnavailable(await get('/api/health'));
    await expectUnavailable(await get('/api/v1/registry'));
    await expectUnavailable(await get('/api/v1/log/checkpoint'));
    await expectUnavailable(await get('/'));
    const page = await get('/log', { accept: 'text/html' });
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await page.text()).toContain('temporarily unavailable');
    await sleep(3_000); // several failed start-up attempts, still answering 503
    await expectUnavailable(await get('/api/health'));

    const up = Date.now();
    pg.start();
    const startedIn = Date.now() - up;
    const healthyAfter = await waitForHealth(15_000);
    console.log(`PostgreSQL started in ${startedIn} ms; portal healthy ${healthyAfter} ms later, without a restart`);
    expect((await get('/api/v1/registry')).status).toBe(200);
    expect((await get('/api/v1/log/checkpoint')).status).toBe(200);
    expect((await get('/log', { accept: 'text/html' })).status).toBe(200);
    expect((await get('/')).status).toBe(200);

    cli('org', 'create', '--name', 'Fault Regulator', '--kind', 'regulator');
    cli('user', 'create', '--email', 'admin@fault.example', '--org', 'Fault Regulator', '--admin', '--platform-admin', '--password', 'fault-test-password-1');
    token = cli('token', 'create', '--email', 'admin@fault.example');
    expect((await authed('/api/v1/me')).status).toBe(200);
  }, 90_000);

  it('restarted under load (pg_ctl restart -m immediate): no 500 at any time, and the first requests after health is green succeed', async () => {
    const load = writeLoad(6, 'restart');
    const reads: Outcome[] = [];
    let reading = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (reading) {
        const response = await get('/api/v1/registry').catch(() => null);
        reads.push({ at: Date.now(), status: response?.status ?? -1 });
        await response?.arrayBuffer();
        if (response?.status !== 200) await sleep(50);
      }
    });
    await sleep(1_500);
    pg.restartImmediate();
    const healthyAfter = await waitForHealth(15_000);
    const green = Date.now();
    // The very next requests, sequential and concurrent, on every pool connection.
    const next = [await get('/api/v1/registry'), await authed('/api/v1/me'), ...(await Promise.all(Array.from({ length: 20 }, () => get('/api/v1/registry'))))];
    await sleep(1_000);
    reading = false;
    await Promise.all(readers);
    await load.stop();
    console.log(`restart: healthy ${healthyAfter} ms after pg_ctl returned; ${load.acknowledged.length} writes acknowledged, ${reads.length} reads`);
    expect(next.map((r) => r.status)).toEqual(next.map(() => 200));
    const all = [...load.outcomes, ...reads];
    expect(all.filter((o) => o.status !== 503 && o.status !== 200 && o.status !== 201)).toEqual([]);
    expect(all.filter((o) => o.at >= green && o.status !== 200 && o.status !== 201)).toEqual([]);
    const afterGreen = all.filter((o) => o.at >= green).length;
    expect(afterGreen).toBeGreaterThan(20);
  }, 90_000);

  it('crashed under 16 writers (pg_ctl stop -m immediate): every acknowledged write survives, the log verifies, the portal recovers without a restart', async () => {
    const load = writeLoad(16, 'crash');
    await sleep(3_000);
    const beforeCrash = load.acknowledged.length;
    pg.crash();
    await sleep(2_000); // the writers keep going against a dead database
    await expectUnavailable(await get('/api/health'));
    await expectUnavailable(await get('/api/v1/registry'));
    pg.start();
    const healthyAfter = await waitForHealth(15_000);
    await sleep(1_500);
    await load.stop();
    const statuses: Record<string, number> = {};
    for (const o of load.outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
    console.log(
      `crash: ${load.acknowledged.length} writes acknowledged (${beforeCrash} before the crash), answers ${JSON.stringify(statuses)}, healthy ${healthyAfter} ms after the restart`,
    );
    expect(beforeCrash).toBeGreaterThan(16);
    expect(Object.keys(statuses).sort()).toEqual(expect.arrayContaining(['201']));
    expect(load.outcomes.filter((o) => o.status !== 201 && o.status !== 503)).toEqual([]);

    // Every acknowledged organisation is there, through the portal and with its log entry.
    const db = postgres(pg.url(DATABASE), { max: 2, onnotice: () => {} });
    try {
      const stored = await db<{ id: string }[]>`select id from organizations where id = any(${load.acknowledged}::uuid[])`;
      expect(stored.length).toBe(load.acknowledged.length);
      const logged = await db<{ subject_id: string }[]>`select subject_id from log_entries where type = 'org.created' and subject_id = any(${load.acknowledged})`;
      expect(new Set(logged.map((r) => r.subject_id)).size).toBe(load.acknowledged.length);
      const [dense] = await db<{ n: string; max: string; size: string }[]>`select count(*) as n, max(idx) as max, (select size from log_head) as size from log_entries`;
      expect(Number(dense.n)).toBe(Number(dense.max) + 1);
      expect(Number(dense.size)).toBe(Number(dense.n));
    } finally {
      await db.end();
    }
    for (const id of load.acknowledged.slice(-5)) expect((await authed(`/api/v1/organizations/${id}`)).status).toBe(200);

    // The bundled verifier, over the public API: signature, every leaf, root, consistency with every checkpoint.
    const verify = runCli(portal.env, ['log', 'verify', '--url', portal.baseUrl]);
    expect(verify.stderr).not.toContain('FAILED');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/^OK: \d+ entries verified/);
  }, 120_000);
});
