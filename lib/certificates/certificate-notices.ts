import 'server-only';
// The inbox messages of certificate changes. Commands send them after commit, through the effects of
// certificate-effects.ts; the expiry job sends the "expires soon" warnings itself.
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/authz/actor';
import type { CertificateRow } from '@/db/queries/certificates';
import { listOperatorOrgIdsDeploying } from '@/db/queries/certificates';
import { notify } from '@/lib/notifications/notify';

type CertificateRef = Pick<CertificateRow, 'id' | 'productVersionId' | 'vendorOrgId' | 'productName' | 'versionLabel' | 'expiresAt' | 'version'>;

/** "Product 1.2" as certified, or a neutral fallback for certificates issued without names. */
function certificateLabel(c: Pick<CertificateRow, 'productName' | 'versionLabel'>): string {
  return `${c.productName} ${c.versionLabel}`.trim() || 'a certified product version';
}

const linkOf = (c: { id: string }) => `/certificates/${c.id}`;
const day = (d: Date) => d.toISOString().slice(0, 10);

const STATUS_CHANGE = {
  suspend: { kind: 'certificate.suspended', verb: 'suspended' },
  reinstate: { kind: 'certificate.reinstated', verb: 'reinstated' },
  revoke: { kind: 'certificate.revoked', verb: 'revoked' },
} as const;

/**
 * A regulator suspended, reinstated or revoked a certificate: its vendor's users and the users of
 * every operator running that product version hear of it.
 */
export async function notifyCertificateStatusChanged(
  db: Executor,
  params: { certificate: CertificateRef; action: keyof typeof STATUS_CHANGE; reason: string; actor: Actor },
) {
  const { kind, verb } = STATUS_CHANGE[params.action];
  const c = params.certificate;
  const operators = await listOperatorOrgIdsDeploying(db, c.productVersionId);
  await notify(
    db,
    { orgIds: [c.vendorOrgId, ...operators], exceptUserId: params.actor.userId },
    {
      kind,
      title: `Certificate of ${certificateLabel(c)} ${verb}`,
      body: `Reason given by the regulator: ${params.reason}`,
      link: linkOf(c),
      dedupeKey: `${kind}:${c.id}:v${c.version}`,
    },
  );
}

/** A regulator took a certificate off the review list without suspending or revoking it: its vendor hears of it. */
export async function notifyCertificateReviewCleared(db: Executor, params: { certificate: CertificateRef; reason: string; actor: Actor }) {
  const c = params.certificate;
  await notify(
    db,
    { orgIds: [c.vendorOrgId], exceptUserId: params.actor.userId },
    {
      kind: 'certificate.review_cleared',
      title: `Review of the certificate of ${certificateLabel(c)} closed`,
      body: `The regulator kept the certificate as it is. Reason: ${params.reason}`,
      link: linkOf(c),
      dedupeKey: `certificate.review_cleared:${c.id}:v${c.version}`,
    },
  );
}

/** A certificate reached its expiry date: its vendor and the operators running the version hear of it, once. */
export async function notifyCertificateExpired(db: Executor, certificate: CertificateRef) {
  const operators = await listOperatorOrgIdsDeploying(db, certificate.productVersionId);
  await notify(
    db,
    { orgIds: [certificate.vendorOrgId, ...operators] },
    {
      kind: 'certificate.expired',
      title: `Certificate of ${certificateLabel(certificate)} expired`,
      body: `It expired on ${day(certificate.expiresAt)} and no longer counts as valid.`,
      link: linkOf(certificate),
      dedupeKey: `certificate.expired:${certificate.id}`,
    },
  );
}

/** A certificate expires within the warning window: its vendor's users are told once per certificate. */
export async function notifyCertificateExpiringSoon(db: Executor, certificate: CertificateRef) {
  return notify(
    db,
    { orgIds: [certificate.vendorOrgId] },
    {
      kind: 'certificate.expiring',
      title: `Certificate of ${certificateLabel(certificate)} expires on ${day(certificate.expiresAt)}`,
      body: 'Submit the version (or its successor) for evaluation in time to stay certified.',
      link: linkOf(certificate),
      dedupeKey: `certificate.expiring:${certificate.id}`,
    },
  );
}

/** Certificates went on the review list because of a critical vulnerability: every regulator hears of it. */
export async function notifyCertificatesUnderReview(
  db: Executor,
  params: { certificates: readonly (CertificateRef & { reviewRequiredAt: Date | null })[]; reason: string; actor: Actor | null },
) {
  for (const c of params.certificates) {
    await notify(
      db,
      { orgKind: 'regulator', exceptUserId: params.actor?.userId },
      {
        kind: 'certificate.review_required',
        title: `Certificate of ${certificateLabel(c)} needs review`,
        body: params.reason,
        link: linkOf(c),
        dedupeKey: `certificate.review_required:${c.id}:${c.reviewRequiredAt?.toISOString() ?? ''}`,
      },
    );
  }
}
