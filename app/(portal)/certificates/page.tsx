import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { ServiceError } from '@/lib/errors';
import { countCertificates, listCertificates } from '@/lib/certificates/read-certificates';
import { CERTIFICATE_VIEWS, EXPIRING_WITHIN_DAYS, type CertificateView } from '@/lib/validation/certificates';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CursorPagination } from '../products/_components/cursor-pagination';
import { paramText, type SearchParams } from '../products/_components/search-params';
import { CertificateTabs, VIEW_LABELS } from './_components/certificate-tabs';
import { CertificatesTable } from './_components/certificates-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Certificates' };

const PAGE_SIZE = 50;

const EMPTY: Record<CertificateView, { title: string; body: string }> = {
  all: { title: 'No certificates yet', body: 'A certificate is issued when a regulator approves an evaluated submission.' },
  expiring: {
    title: `Nothing expires within ${EXPIRING_WITHIN_DAYS} days`,
    body: 'Valid certificates appear here once they are less than 90 days from their expiry date.',
  },
  review: {
    title: 'The review list is empty',
    body: 'A certificate lands here when a critical vulnerability (CVSS 9.0 or more) is open or confirmed on its version. It stays until a regulator suspends, revokes or clears it.',
  },
};

export default async function CertificatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/certificates');
  const params = await searchParams;
  const isRegulator = can(actor, 'certificate.manage');
  const views: readonly CertificateView[] = isRegulator ? CERTIFICATE_VIEWS : ['all', 'expiring'];
  const view = views.find((v) => v === paramText(params, 'view')) ?? 'all';
  const cursor = paramText(params, 'cursor') || undefined;
  const now = new Date();

  const counts = await countCertificates(actor, now).catch(refusal);
  const page = await listCertificates(actor, { view, cursor, limit: PAGE_SIZE }, now).catch(refusal);

  return (
    <>
      <PageHeader
        title="Certificates"
        description={
          isRegulator
            ? 'Every certificate issued, what expires soon, and the certificates a critical vulnerability has put on your review list.'
            : 'The certificates of your products and what expires soon. A certificate reads as expired from its expiry date on.'
        }
      />
      <div className="space-y-4">
        {counts ? <CertificateTabs current={view} views={views} counts={counts} /> : null}
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="certificates-bad-cursor">
            <LinkButton href={view === 'all' ? '/certificates' : `/certificates?view=${view}`} size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <CertificatesTable certificates={page.items} view={view} showVendor={isRegulator} now={now} caption={VIEW_LABELS[view]} />
        ) : (
          <EmptyState {...EMPTY[view]} data-testid={`certificates-empty-${view}`} />
        )}
        {page ? (
          <CursorPagination
            path="/certificates"
            params={{ view: view === 'all' ? undefined : view }}
            cursor={cursor}
            nextCursor={page.nextCursor}
            testIdPrefix="certificates"
          />
        ) : null}
      </div>
    </>
  );
}

/** Labs and operators have no certificate management: the page does not exist for them. A bad cursor: shown as such. */
function refusal(error: unknown): null {
  if (error instanceof ServiceError && error.status === 403) notFound();
  if (error instanceof ServiceError && error.status === 400) return null;
  throw error;
}
