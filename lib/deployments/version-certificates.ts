import 'server-only';
import type { Executor } from '@/db/client';
import * as q from '@/db/queries/operators';
import { versionCertificate } from '@/lib/diversity/version-certificate-status';
import type { VersionCertificateRef } from './deployment-dto';

/** Each version's certificate standing (the one that counts: lib/diversity), by product version id. */
export async function certificatesByVersion(db: Executor, versionIds: string[], now: Date): Promise<Map<string, VersionCertificateRef>> {
  const rows = await q.certificatesOfVersions(db, [...new Set(versionIds)]);
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) grouped.set(r.productVersionId, [...(grouped.get(r.productVersionId) ?? []), r]);
  return new Map([...grouped].map(([id, certs]) => [id, versionCertificate(certs, now)]));
}
