import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ProductForm } from '../_components/product-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Register a product' };

export default async function NewProductPage() {
  const actor = await requirePageActor('/products/new');
  if (!can(actor, 'product.create')) notFound();
  return (
    <>
      <PageHeader
        title="Register a product"
        description="Registering is recorded in the transparency log. Next you add the versions you want evaluated."
      />
      <Card>
        <ProductForm />
      </Card>
    </>
  );
}
