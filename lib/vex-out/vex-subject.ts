import type { AdvisoryMatchRow } from '@/db/queries/advisories';

/** What a VEX document of one certificate says: the certified product version and its matches' current states. */
export type VexSubject = {
  certificateId: string;
  productName: string;
  versionLabel: string;
  vendorName: string;
  /** The public page of the certificate (absolute URL). */
  certificateUrl: string;
  siteUrl: string;
  /** The latest change of any match (or the issue date): the document's timestamp, so equal states give equal bytes. */
  updatedAt: Date;
  /** Bumped when any match changes: the document's version/revision. */
  revision: number;
  matches: readonly Pick<AdvisoryMatchRow, 'vulnerabilityId' | 'packageKey' | 'componentVersion' | 'state' | 'justification' | 'detail' | 'updatedAt'>[];
};

/** The component's identity as a purl with version when it has one (a CPE-only component keeps its `cpe:` key). */
export function componentRef(m: { packageKey: string; componentVersion: string | null }): string {
  if (!m.packageKey.startsWith('pkg:') || !m.componentVersion) return m.packageKey;
  return `${m.packageKey}@${encodeURIComponent(m.componentVersion)}`;
}
