import 'server-only';
import * as q from '@/db/queries/vulnerabilities';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import { listVulnerabilitiesQuerySchema } from '@/lib/validation/vulnerabilities';
import { toVulnerabilityDto, type ReportableVersionDto, type VulnerabilityDto } from './vulnerability-dto';

type Cursor = { createdAt: string; id: string };
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && typeof (v as Cursor).createdAt === 'string' && typeof (v as Cursor).id === 'string';

/**
 * Vulnerabilities the caller may see (lib/visibility/vulnerabilities.ts), newest first: vendors
 * those of their own products; labs and operators those on product versions they may see;
 * regulators all. Filters: product version, status, severity. Logs nothing.
 */
export async function listVulnerabilities(actor: Actor, query: unknown): Promise<Page<VulnerabilityDto>> {
  const params = parseInput(listVulnerabilitiesQuerySchema, query ?? {});
  const before = decodeCursor(params.cursor, isCursor);
  const rows = await q.listVisibleVulnerabilities(await getDb(), actor, {
    productVersionId: params.productVersionId,
    status: params.status,
    severity: params.severity,
    before,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toVulnerabilityDto(actor, r)),
    nextCursor: rows.length > params.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.vulnerability.id }) : null,
  };
}

/** One vulnerability; 404 unless the caller may see it (lib/visibility/vulnerabilities.ts). */
export async function getVulnerability(actor: Actor, id: string): Promise<VulnerabilityDto> {
  if (!isUuid(id)) throw notFound('Vulnerability');
  const row = await q.findVisibleVulnerabilityDetail(await getDb(), actor, id);
  if (!row) throw notFound('Vulnerability');
  return toVulnerabilityDto(actor, row);
}

/** Product versions the caller can report on in the portal's form: vendors their own, others every certified one (first 500). */
export async function listReportableVersions(actor: Actor): Promise<ReportableVersionDto[]> {
  const rows = await q.listReportableVersions(await getDb(), actor, 500);
  return rows.map((r) => ({ id: r.id, label: actor.orgKind === 'vendor' ? `${r.productName} ${r.version}` : `${r.vendorName} — ${r.productName} ${r.version}` }));
}
