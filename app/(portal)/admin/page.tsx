import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { orgKinds, type OrgKind } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { listOrganizations } from '@/lib/organizations/read-organizations';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AccreditLabForm } from './_components/accredit-lab-form';
import { AddOrganizationMemberForm } from './_components/add-organization-member-form';
import { CreateOrganizationForm } from './_components/create-organization-form';
import { KindFilter } from './_components/kind-filter';
import { OrganizationsTable } from './_components/organizations-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Platform admin' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export default async function AdminPage({ searchParams }: Props) {
  const actor = await requirePageActor('/admin');
  if (!actor.isPlatformAdmin) notFound();
  const params = await searchParams;
  const kind = orgKinds.find((k) => k === params.kind) as OrgKind | undefined;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;

  const [page, all, labs] = await Promise.all([
    listOrganizations(actor, { limit: PAGE_SIZE, ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) }).catch((error: unknown) => {
      if (error instanceof ServiceError && error.status === 400) return null;
      throw error;
    }),
    listOrganizations(actor, { limit: 200 }),
    listOrganizations(actor, { kind: 'lab', limit: 200 }),
  ]);
  const firstPage = kind ? `/admin?kind=${kind}` : '/admin';

  return (
    <>
      <PageHeader
        title="Platform admin"
        description="Onboard organisations, add their first people and record lab accreditations. Each change is written to the transparency log."
      />
      <div className="space-y-6">
        <Card id="organizations" title="Organisations">
          <div className="space-y-4">
            <KindFilter current={kind} />
            {page === null ? (
              <Alert tone="error" title="This page link is not valid." data-testid="organizations-bad-cursor">
                <LinkButton href={firstPage} size="sm" className="mt-2">
                  Go to the first page
                </LinkButton>
              </Alert>
            ) : page.items.length === 0 ? (
              <EmptyState
                headingLevel={3}
                title={kind ? 'No organisations of this kind yet' : 'No organisations yet'}
                body="Create one with the form below; its first admin can then add their colleagues."
                data-testid="organizations-empty"
              />
            ) : (
              <OrganizationsTable organizations={page.items} />
            )}
            {page && (page.nextCursor || cursor) ? (
              <nav aria-label="Pagination" className="flex gap-2">
                {cursor ? <LinkButton href={firstPage} size="sm">First page</LinkButton> : null}
                {page.nextCursor ? (
                  <LinkButton
                    href={`/admin?${new URLSearchParams({ ...(kind ? { kind } : {}), cursor: page.nextCursor })}`}
                    size="sm"
                    data-testid="organizations-next-page"
                  >
                    Next page
                  </LinkButton>
                ) : null}
              </nav>
            ) : null}
          </div>
        </Card>

        <Card id="create-organization" title="Create an organisation">
          <CreateOrganizationForm />
        </Card>

        <Card id="add-organization-member" title="Add a person to an organisation" description="Usually the first admin of a new organisation; from then on its own admins add their colleagues.">
          <AddOrganizationMemberForm organizations={all.items} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </Card>

        <Card id="accredit-lab" title="Accredit a lab" description="A lab can only accept work inside a valid accreditation that covers the product's network function.">
          {labs.items.length ? (
            <AccreditLabForm labs={labs.items} />
          ) : (
            <EmptyState
              headingLevel={3}
              title="No labs to accredit yet"
              body="Create an organisation of kind “Test lab” first; it then appears here."
              data-testid="accredit-lab-empty"
            />
          )}
        </Card>
      </div>
    </>
  );
}
