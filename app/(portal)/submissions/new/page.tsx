import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { ServiceError } from '@/lib/errors';
import { listEligibleLabs } from '@/lib/submissions/read-eligible-labs';
import { getProduct } from '@/lib/products/read-products';
import { idParamSchema } from '@/lib/validation/common';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { paramText, type SearchParams } from '../../products/_components/search-params';
import { LabChoiceForm } from './_components/lab-choice-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Start a submission' };

const isId = (value: string) => idParamSchema.safeParse({ id: value }).success;

function rethrowUnlessNotFound(error: unknown): null {
  if (error instanceof ServiceError && error.status === 404) return null;
  throw error;
}

export default async function NewSubmissionPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const versionId = paramText(params, 'versionId');
  const productId = paramText(params, 'productId');
  const actor = await requirePageActor(`/submissions/new${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`);
  if (!can(actor, 'submission.create')) notFound();

  if (!versionId) {
    return (
      <>
        <PageHeader title="Start a submission" />
        <EmptyState
          title="First choose the version to submit"
          body="A submission is always for one version of one of your products. Open the product, then choose “Start a submission” next to the version."
          action={<LinkButton href="/products" variant="primary">Go to your products</LinkButton>}
          data-testid="submission-new-no-version"
        />
      </>
    );
  }
  if (!isId(versionId)) notFound();
  const labs = await listEligibleLabs(actor, versionId).catch(rethrowUnlessNotFound);
  if (!labs) notFound();
  // The version's product, for the heading; the product id is only a hint from the link and is checked.
  const product = productId && isId(productId) ? await getProduct(actor, productId).catch(rethrowUnlessNotFound) : null;
  const version = product?.versions.find((v) => v.id === versionId);
  const subject = product && version ? `${product.name} ${version.version}` : 'this version';
  const selectable = labs.filter((l) => !l.sharesGroupWithVendor);

  return (
    <>
      <PageHeader
        title={`Start a submission for ${subject}`}
        description="Choose the accredited lab that will evaluate it. The submission starts as a draft: add your evidence, then submit it to the lab."
      />
      <Card>
        {selectable.length ? (
          <LabChoiceForm productVersionId={versionId} labs={labs} />
        ) : (
          <EmptyState
            headingLevel={2}
            title={labs.length ? 'No independent lab is accredited for this product yet' : 'No lab is accredited for this product yet'}
            body={`No lab outside your corporate group holds a valid accreditation covering ${product?.networkFunction ?? 'this network function'} today. Ask the lab you work with to have its accreditation scope recorded, then come back.`}
            action={product ? <LinkButton href={`/products/${product.id}`}>Back to {product.name}</LinkButton> : <LinkButton href="/products">Back to your products</LinkButton>}
            data-testid="submission-new-no-labs"
          />
        )}
      </Card>
    </>
  );
}
