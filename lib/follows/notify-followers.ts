import 'server-only';
import type { Executor } from '@/db/client';
import type { CertificateRow } from '@/db/queries/certificates';
import { listEnabledFollowerIds } from '@/db/queries/follows';
import { notify } from '@/lib/notifications/notify';
import type { NotificationKind } from '@/lib/validation/notifications';

type FollowedChange = 'issued' | 'suspended' | 'revoked';

const KINDS: Record<FollowedChange, NotificationKind> = {
  issued: 'certificate.issued',
  suspended: 'certificate.suspended',
  revoked: 'certificate.revoked',
};

type CertificateRef = Pick<CertificateRow, 'id' | 'networkFunction' | 'vendorName' | 'productName' | 'versionLabel' | 'version'>;

/**
 * Tells the people following the certificate's network function that a certificate for it was issued,
 * suspended or revoked. Shares the dedupe key of the vendor/deployer notice of the same change, so an
 * operator who both follows the function and runs the version gets one notification, not two.
 */
export async function notifyFollowers(
  db: Executor,
  params: { certificate: CertificateRef; change: FollowedChange; reason?: string; exceptUserId?: string },
): Promise<number> {
  const c = params.certificate;
  const followers = await listEnabledFollowerIds(db, c.networkFunction);
  if (followers.length === 0) return 0;
  const kind = KINDS[params.change];
  const what = `${c.vendorName} ${c.productName} ${c.versionLabel}`.trim();
  return notify(
    db,
    { userIds: followers, exceptUserId: params.exceptUserId },
    {
      kind,
      title: params.change === 'issued' ? `New ${c.networkFunction} certificate: ${what}` : `Certificate of ${what} (${c.networkFunction}) ${params.change}`,
      body: params.reason ? `Reason given by the regulator: ${params.reason}` : `You follow ${c.networkFunction}.`,
      link: `/certificates/${c.id}`,
      dedupeKey: `${kind}:${c.id}:v${c.version}`,
    },
  );
}
