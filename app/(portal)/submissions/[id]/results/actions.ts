'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { performSubmissionAction } from '@/lib/submissions/commands/perform-submission-action';
import { idParamSchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';
import { formText } from '@/app/_components/forms/form-data';
import type { SubmitEvaluationState } from './_components/submit-evaluation-state';

function readUnmet(value: unknown): SubmitEvaluationState['unmet'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((u) => (typeof u?.code === 'string' && typeof u?.message === 'string' ? [{ code: u.code, message: u.message }] : []));
}

/** The lab sends its evaluation to the regulators; on success the browser goes to the submission page. */
export async function submitEvaluationAction(previous: SubmitEvaluationState, form: FormData): Promise<SubmitEvaluationState> {
  const version = Number(formText(form, 'version'));
  let submissionId: string;
  try {
    const actor = await requireActor();
    submissionId = parseInput(idParamSchema, { id: formText(form, 'submissionId') }).id;
    const verdict = formText(form, 'verdict');
    await performSubmissionAction(actor, submissionId, 'submit_evaluation', verdict ? { verdict } : {}, Number.isInteger(version) && version > 0 ? version : undefined);
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ServiceError) return { ok: false, message: error.message, unmet: readUnmet(error.extra.unmet), attempt: previous.attempt + 1 };
    console.error('Unexpected error submitting an evaluation', error);
    return { ok: false, message: 'Something went wrong on our side. Try again in a moment.', unmet: [], attempt: previous.attempt + 1 };
  }
  redirect(`/submissions/${submissionId}`);
}
