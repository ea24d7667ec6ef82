'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { recordOperatorDecision } from '@/lib/operator-decisions/commands/record-decision';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';

/** Records the caller organisation's decision; `version` (0 before the first) guards against overwriting a colleague's. */
export async function recordDecisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const certificateId = formText(form, 'certificateId');
  const version = Number(formText(form, 'version'));
  const values = { decision: formText(form, 'decision'), rationale: formText(form, 'rationale') };
  try {
    const actor = await requireActor();
    const saved = await recordOperatorDecision(actor, certificateId, values, Number.isSafeInteger(version) ? version : undefined);
    revalidatePath(`/components/${certificateId}`);
    revalidatePath('/components');
    const word = saved.decision === 'accept' ? 'accepted' : 'rejected';
    return { ok: true, message: `Recorded: ${actor.orgName} has ${word} this component (log entry #${saved.logIndex}).`, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}
