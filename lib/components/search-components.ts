import 'server-only';
import { and } from 'drizzle-orm';
import { searchSbomComponents } from '@/db/queries/components';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { badRequest, forbidden } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { evidenceVisibilityCondition } from '@/lib/visibility/evidence';
import { submissionVisibleTo } from '@/lib/visibility/submissions';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import { componentSearchQuerySchema, type ComponentSearchItem, type ComponentSearchResult } from './component-search-schemas';
import { normalizePurl } from './purl';

const isCursor = (v: unknown): v is { id: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { id?: unknown }).id) && (v as { id: number }).id > 0;

/**
 * "Which product versions contain this package?": the stored SBOMs whose components match a purl
 * (normalised: type, namespace, name, the identity qualifiers such as `distro`; the version only
 * when the purl has one), one item per component occurrence, oldest SBOM first, with the version's
 * product, vendor and certificate. Visibility is the SBOM evidence's own (lib/visibility/evidence):
 * regulators every submitted SBOM, labs those of their assignments, vendors their own, operators
 * the SBOMs released to them (`certified` evidence of certified versions); an uncertified version
 * reads with `certificate: null`. 400 for a text that is not a package URL. Logs nothing.
 */
export async function searchComponents(actor: Actor, query: unknown, now = new Date()): Promise<ComponentSearchResult> {
  if (!can(actor, 'components.search')) throw forbidden('You may not search components.');
  const params = parseInput(componentSearchQuerySchema, query);
  const purl = normalizePurl(params.purl.startsWith('pkg:') ? params.purl : `pkg:${params.purl}`);
  if (!purl) throw badRequest(`"${params.purl.slice(0, 100)}" is not a package URL (pkg:type/namespace/name@version).`, [{ path: 'purl', message: 'Not a package URL' }]);
  const after = decodeCursor(params.cursor, isCursor);
  const rows = await searchSbomComponents(await getDb(), {
    packageKey: purl.packageKey,
    version: purl.version,
    qualifiers: purl.qualifiers,
    afterId: after?.id,
    limit: params.limit + 1,
    visible: and(submissionVisibleTo(actor), evidenceVisibilityCondition(actor))!,
  });
  const page = rows.slice(0, params.limit);
  return {
    query: { packageKey: purl.packageKey, version: purl.version, qualifiers: { ...purl.qualifiers }, canonical: purl.canonical },
    items: page.map((row): ComponentSearchItem => ({
      componentId: String(row.id),
      purl: row.purl,
      name: row.name,
      componentVersion: row.componentVersion,
      evidenceId: row.evidenceId,
      submission: { id: row.submissionId, state: row.submissionState },
      productVersion: { id: row.productVersionId, version: row.version },
      product: { id: row.productId, name: row.productName },
      vendor: { id: row.vendorOrgId, name: row.vendorName },
      certificate:
        row.certificateId && row.certificateStatus && row.certificateExpiresAt
          ? { id: row.certificateId, status: effectiveCertificateStatus(row.certificateStatus, row.certificateExpiresAt, now) }
          : null,
    })),
    nextCursor: rows.length > params.limit ? encodeCursor({ id: page[page.length - 1].id }) : null,
  };
}
