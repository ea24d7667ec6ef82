import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { SubmissionSummaryDto } from '@/lib/submissions/submission-dto';
import { ServiceError } from '@/lib/errors';
import { getProduct } from '@/lib/products/read-products';
import { getSubmission, listSubmissions } from '@/lib/submissions/read-submissions';
import { idParamSchema } from '@/lib/validation/common';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { getActor } from '@/lib/auth/get-actor';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ProductCertificates, type ProductCertificate } from '../_components/product-certificates';
import { ProductDetails } from '../_components/product-details';
import { VersionForm } from '../_components/version-form';
import { VersionsTable } from '../_components/versions-table';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadProduct = cache(async (actor: Actor, id: string) => {
  if (!idParamSchema.safeParse({ id }).success) return null;
  try {
    return await getProduct(actor, id);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  const product = actor ? await loadProduct(actor, (await params).id) : null;
  return { title: product ? product.name : 'Product' };
}

/** Certificates live on approved submissions; one look-up each (few per product). */
async function certificatesOf(actor: Actor, submissions: SubmissionSummaryDto[]): Promise<ProductCertificate[]> {
  const approved = submissions.filter((s) => s.state === 'approved');
  const details = await Promise.all(approved.map((s) => getSubmission(actor, s.id)));
  return details.flatMap((d) => (d.certificate ? [{ certificate: d.certificate, submission: d }] : []));
}

export default async function ProductPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/products/${id}`);
  const product = await loadProduct(actor, id);
  if (!product) notFound();

  const submissions = (await listSubmissions(actor, { productId: product.id, limit: 200 })).items;
  const byVersion = new Map<string, SubmissionSummaryDto[]>();
  for (const s of submissions) byVersion.set(s.productVersion.id, [...(byVersion.get(s.productVersion.id) ?? []), s]);
  const certificates = await certificatesOf(actor, submissions);
  const isOwner = can(actor, 'product.create') && product.vendorOrgId === actor.orgId;
  const versions = [...product.versions].reverse();

  return (
    <>
      <PageHeader title={<span data-testid="product-title">{product.name}</span>} description={`${product.networkFunction}${product.model ? ` · ${product.model}` : ''}`} />
      <div className="space-y-6">
        <Card id="product" title="Product">
          <ProductDetails product={product} />
        </Card>

        <Card
          id="versions"
          title="Versions"
          description={isOwner ? 'A version is what a lab evaluates and a regulator certifies. Add each release you want certified.' : undefined}
        >
          <div className="space-y-5">
            {isOwner ? <VersionForm productId={product.id} /> : null}
            {versions.length ? (
              <VersionsTable productId={product.id} versions={versions} submissionsByVersion={byVersion} canStartSubmission={isOwner} />
            ) : (
              <EmptyState
                headingLevel={3}
                title="No versions yet"
                body={isOwner ? 'Add the version you want evaluated with the form above; then start a submission for it.' : 'The vendor has not added any versions.'}
                data-testid="versions-empty"
              />
            )}
          </div>
        </Card>

        <Card id="certificates" title="Certificates" description="Issued when a regulator approves an evaluated version. Anyone can check them in the public registry.">
          {certificates.length ? (
            <ProductCertificates items={certificates} />
          ) : (
            <EmptyState
              headingLevel={3}
              title="No certificates yet"
              body="A certificate is issued when a regulator approves a version's evaluation. Submit a version to an accredited lab to start."
              data-testid="product-certificates-empty"
            />
          )}
        </Card>
      </div>
    </>
  );
}
