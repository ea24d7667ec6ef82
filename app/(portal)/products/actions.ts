'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/get-actor';
import { createProduct } from '@/lib/products/commands/create-product';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { idParamSchema } from '@/lib/validation/common';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';
import { productInputOf, versionInputOf } from './_components/product-input';

/** Vendors only (the service refuses anyone else); on success goes to the new product's page. */
export async function createProductAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = {
    name: formText(form, 'name'),
    model: formText(form, 'model'),
    networkFunction: formText(form, 'networkFunction'),
    isVirtualized: form.get('isVirtualized') === 'on' ? 'on' : '',
    description: formText(form, 'description'),
  };
  let productId: string;
  try {
    const actor = await requireActor();
    productId = (await createProduct(actor, productInputOf(form))).id;
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/products');
  redirect(`/products/${productId}`);
}

/** The owning vendor adds a released version; bound to the product id by the page. */
export async function createVersionAction(productId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { version: formText(form, 'version'), releasedAt: formText(form, 'releasedAt') };
  const parsed = idParamSchema.safeParse({ id: productId });
  if (!parsed.success) return { ok: false, message: 'Product not found.', fieldErrors: {}, values };
  const { id } = parsed.data;
  try {
    const actor = await requireActor();
    const version = await createProductVersion(actor, id, versionInputOf(form));
    revalidatePath(`/products/${id}`);
    return { ok: true, message: `Version ${version.version} has been added. Start a submission for it below.`, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}
