// Signed-in list pages at registry scale: the regulator's certificate views and their counts, the
// approved-components catalogue (plain, searched, filtered), the vendor-diversity report and the review
// queue, each called through its service as a regulator, and an operator's version picker (deployment
// inventory), one at a time: median and worst of 15 calls.
// Run on the registry bench database (bench/registry-seed.ts, BENCH_KEEP=1):
//   BENCH_KEEP=1 BENCH_DATABASE_NAME=tl_bench_registry npm run bench:list-pages
import crypto from 'node:crypto';
import os from 'node:os';
import postgres from 'postgres';
import { createBenchDatabase } from './bench-database';
import { listApprovedComponents } from '@/lib/approved-components/read-approved-components';
import { listCertificates, countCertificates } from '@/lib/certificates/read-certificates';
import { getDiversity } from '@/lib/diversity/read-diversity';
import { searchDeployableVersions } from '@/lib/deployments/read-deployments';
import { listReviewQueue } from '@/lib/submissions/read-review-queue';
import type { Actor } from '@/lib/authz/actor';
const database = await createBenchDatabase(5);
const c = postgres(database.url as string, { max: 1, onnotice: () => {} });
const [reg] = await c<{ org: string; uid: string }[]>`select o.id as org, u.id as uid from organizations o join users u on u.org_id = o.id where o.kind = 'regulator' limit 1`;
const [{ n: certificateCount }] = await c<{ n: number }[]>`select count(*)::int as n from certificates`;
await c.end();
if (!reg) throw new Error(`${database.name} has no regulator: run bench/registry-seed.ts first (with BENCH_KEEP=1).`);
const regulator: Actor = { userId: reg.uid, email: 'r@x', name: 'R', orgId: reg.org, orgName: 'Reg', orgKind: 'regulator', orgRole: 'admin', isPlatformAdmin: false, via: 'cli' };
const results: Record<string, { medianMs: number; maxMs: number }> = {};
async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  results[label] = { medianMs: Number(times[7].toFixed(1)), maxMs: Number(times[14].toFixed(1)) };
}
await time('approved components (regulator)', () => listApprovedComponents(regulator, {}));
await time('approved components q=hel', () => listApprovedComponents(regulator, { q: 'hel' }));
await time('approved components nf=AMF', () => listApprovedComponents(regulator, { networkFunction: 'AMF' }));
await time('certificates all', () => listCertificates(regulator, {}));
await time('certificates expiring', () => listCertificates(regulator, { view: 'expiring' }));
await time('certificates review', () => listCertificates(regulator, { view: 'review' }));
await time('certificate counts', () => countCertificates(regulator));
await time('diversity (regulator)', () => getDiversity(regulator, {}));
await time('review queue', () => listReviewQueue(regulator, {}));
// The version picker of an operator's deployment inventory searches every product version.
const operator: Actor = { ...regulator, orgId: crypto.randomUUID(), orgName: 'Bench operator', orgKind: 'operator' };
await time('deployable versions q=hel (operator)', () => searchDeployableVersions(operator, { q: 'hel' }));
await time('deployable versions q=zzz (operator)', () => searchDeployableVersions(operator, { q: 'zzz' }));
console.log(JSON.stringify({ bench: 'list-pages', database: database.name, certificates: certificateCount, loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))), results }, null, 1));
await database.drop();
