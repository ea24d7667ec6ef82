'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { idParamSchema } from '@/lib/validation/common';
import { SUBMISSION_ACTIONS, type SubmissionAction } from '@/lib/workflow/submission-actions';
import { actionFailure } from '@/app/_components/forms/action-failure';
import { formText } from '@/app/_components/forms/form-data';
import type { SubmissionActionState, UnmetItem } from './_components/action-state';
import { successMessage } from './_components/action-messages';

const STALE_MESSAGE =
  'This submission changed after you opened the page (someone else acted on it). Reload to see where it stands now, then decide again.';

function unmetOf(extra: Record<string, unknown>): UnmetItem[] {
  const unmet = extra.unmet;
  if (!Array.isArray(unmet)) return [];
  return unmet.flatMap((u: { code?: unknown; message?: unknown }) =>
    typeof u?.message === 'string' ? [{ code: typeof u.code === 'string' ? u.code : 'unmet', message: u.message }] : [],
  );
}

/**
 * Fires one workflow action. Sends the page's submission version as If-Match, so a stale page gets a
 * clear 412 instead of acting on a state the person did not see. The service decides everything else.
 */
export async function submissionActionAction(_previous: SubmissionActionState, form: FormData): Promise<SubmissionActionState> {
  const values = {
    reason: formText(form, 'reason'),
    statement: formText(form, 'statement'),
    noConflict: form.get('noConflict') === 'on' ? 'on' : '',
    conditions: formText(form, 'conditions'),
    verdict: formText(form, 'verdict'),
  };
  const id = formText(form, 'submissionId');
  const action = SUBMISSION_ACTIONS.find((a) => a === formText(form, 'action')) as SubmissionAction | undefined;
  const ifVersion = Number(formText(form, 'version'));
  if (!idParamSchema.safeParse({ id }).success || !action || !Number.isSafeInteger(ifVersion)) {
    return { ok: false, status: 400, message: 'This form is incomplete; reload the page and try again.', fieldErrors: {}, values };
  }
  const conditions = values.conditions.split('\n').map((c) => c.trim()).filter(Boolean);
  const body = {
    reason: values.reason || undefined,
    ...(action === 'approve' && conditions.length ? { conditions } : {}),
    ...(action === 'submit_evaluation' && values.verdict ? { verdict: values.verdict } : {}),
    ...(action === 'accept' ? { conflictOfInterest: { hasConflict: values.noConflict !== 'on', statement: values.statement } } : {}),
  };

  let outcome: Awaited<ReturnType<typeof performSubmissionAction>>;
  try {
    outcome = await performSubmissionAction(await requireActor(), id, action, body, ifVersion);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 412) {
      return { ok: false, status: 412, message: STALE_MESSAGE, fieldErrors: {}, values };
    }
    if (error instanceof ServiceError && error.status === 409) {
      const currentState = typeof error.extra.currentState === 'string' ? error.extra.currentState : undefined;
      return { ok: false, status: 409, message: error.message, unmet: unmetOf(error.extra), currentState, fieldErrors: {}, values };
    }
    return { ...actionFailure(error, values), status: error instanceof ServiceError ? error.status : 500 };
  }
  revalidatePath('/submissions');
  revalidatePath(`/submissions/${id}`);
  revalidatePath('/dashboard');
  revalidatePath('/assignments');
  // A lab that declines hands the draft back to the vendor and can no longer see it: back to its worklist.
  if ('isVisible' in outcome) redirect('/assignments');
  return { ok: true, message: successMessage(action, outcome), fieldErrors: {} };
}
