import 'server-only';
import crypto from 'node:crypto';
import canonicalize from 'canonicalize';
import * as q from '@/db/queries/advisories';
import { findCertificateById } from '@/db/queries/certificates';
import { findVersionWithProduct } from '@/db/queries/products';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { isUuid } from '@/lib/validation/uuid';
import { buildCsafVex } from './csaf-vex';
import { buildCycloneDxVex } from './cyclonedx-vex';
import type { VexSubject } from './vex-subject';

export type VexDocument = { body: string; sha256: string; mediaType: string };

/** The certificate and its version's current matches (public, like every certificate). */
async function loadSubject(certificateId: string): Promise<VexSubject> {
  const db = await getDb();
  const certificate = isUuid(certificateId) ? await findCertificateById(db, certificateId) : null;
  if (!certificate) throw notFound('Certificate');
  const found = await findVersionWithProduct(db, certificate.productVersionId);
  const matches = await q.listMatchesOfVersion(db, certificate.productVersionId);
  const updatedAt = new Date(Math.max(certificate.issuedAt.getTime(), ...matches.map((m) => m.updatedAt.getTime())));
  const siteUrl = config().siteUrl.replace(/\/$/, '');
  return {
    certificateId: certificate.id,
    productName: certificate.productName || found?.product.name || 'Product',
    versionLabel: certificate.versionLabel || found?.version.version || '',
    vendorName: found?.vendorName ?? 'Vendor',
    certificateUrl: `${siteUrl}/registry/${certificate.id}`,
    siteUrl,
    updatedAt,
    revision: 1 + matches.reduce((n, m) => n + m.version - 1, 0),
    matches,
  };
}

function documentOf(value: Record<string, unknown>, mediaType: string): VexDocument {
  const body = canonicalize(value) ?? '{}';
  return { body, sha256: crypto.createHash('sha256').update(body).digest('hex'), mediaType };
}

/** A certificate's CycloneDX 1.6 VEX (anyone; an unknown certificate 404). */
export async function getCycloneDxVex(certificateId: string): Promise<VexDocument> {
  return documentOf(buildCycloneDxVex(await loadSubject(certificateId)), 'application/vnd.cyclonedx+json');
}

/** A certificate's CSAF 2.0 csaf_vex document (anyone; an unknown certificate 404). */
export async function getCsafVex(certificateId: string): Promise<VexDocument> {
  return documentOf(buildCsafVex(await loadSubject(certificateId)), 'application/json');
}

/** A ROLIE feed (RFC 8322, JSON as CSAF §7.1.20 describes it) of the certificates' CSAF VEX documents. */
export async function getVexRolieFeed(): Promise<VexDocument> {
  const siteUrl = config().siteUrl.replace(/\/$/, '');
  const rows = await q.listCertificatesWithMatches(await getDb(), 500);
  const iso = (v: Date | string) => new Date(v).toISOString();
  const feed = {
    feed: {
      id: 'trustledger-vex',
      title: 'Trustledger: VEX documents of certified product versions',
      link: [{ rel: 'self', href: `${siteUrl}/api/v1/registry/vex-feed.json` }],
      category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
      updated: rows.length > 0 ? iso(rows[0].updatedAt) : new Date(0).toISOString(),
      entry: rows.map((r) => {
        const href = `${siteUrl}/api/v1/certificates/${r.certificateId}/vex.csaf.json`;
        return {
          id: `trustledger-vex-${r.certificateId}`,
          title: `VEX of ${r.productName} ${r.versionLabel}`.trim(),
          link: [
            { rel: 'self', href },
            { rel: 'alternate', href: `${siteUrl}/api/v1/certificates/${r.certificateId}/vex.cdx.json` },
          ],
          published: iso(r.issuedAt),
          updated: iso(r.updatedAt),
          content: { type: 'application/json', src: href },
          format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
        };
      }),
    },
  };
  return documentOf(feed, 'application/json');
}
