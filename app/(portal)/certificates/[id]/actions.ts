'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { performCertificateAction } from '@/lib/certificates/commands/certificate-action';
import { idParamSchema } from '@/lib/validation/common';
import { certificateActionParamSchema } from '@/lib/validation/certificates';
import { actionFailure } from '@/app/_components/forms/action-failure';
import { formText } from '@/app/_components/forms/form-data';
import type { CertificateActionState } from './_components/action-state';
import { SUCCESS } from './_components/action-texts';

const STALE =
  'This certificate changed after you opened the page (another regulator acted on it, or it expired). Reload to see where it stands now, then decide again.';

/**
 * Suspends, reinstates, revokes or clears the review of a certificate, sending the version the page
 * showed as If-Match so a stale page is refused instead of acting on a state nobody saw.
 */
export async function certificateActionAction(_previous: CertificateActionState, form: FormData): Promise<CertificateActionState> {
  const values = { reason: formText(form, 'reason') };
  const id = formText(form, 'certificateId');
  const action = certificateActionParamSchema.safeParse(formText(form, 'action').replace('_', '-'));
  const version = Number(formText(form, 'version'));
  if (!idParamSchema.safeParse({ id }).success || !action.success || !Number.isSafeInteger(version)) {
    return { ok: false, status: 400, message: 'This form is incomplete; reload the page and try again.', fieldErrors: {}, values };
  }
  try {
    await performCertificateAction(await requireActor(), id, action.data, { reason: values.reason }, version);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 412) return { ok: false, status: 412, message: STALE, fieldErrors: {}, values };
    return { ...actionFailure(error, values), status: error instanceof ServiceError ? error.status : 500 };
  }
  revalidatePath('/certificates');
  revalidatePath(`/certificates/${id}`);
  return { ok: true, status: 200, message: SUCCESS[action.data], fieldErrors: {} };
}
