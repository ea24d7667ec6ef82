'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/get-actor';
import { createSubmission } from '@/lib/submissions/commands/create-submission';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';

/** Vendors open a draft for one of their versions with an eligible lab; then go to the draft. */
export async function createSubmissionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { productVersionId: formText(form, 'productVersionId'), labOrgId: formText(form, 'labOrgId'), scheme: formText(form, 'scheme') };
  let submissionId: string;
  try {
    const actor = await requireActor();
    const submission = await createSubmission(actor, { ...values, scheme: values.scheme || undefined });
    submissionId = submission.id;
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/submissions');
  revalidatePath('/products', 'layout');
  redirect(`/submissions/${submissionId}`);
}
