'use client';

import { useActionState } from 'react';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { initialActionState } from '@/app/_components/forms/action-state';
import { FormMessage } from '@/app/_components/forms/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { removePhaseOutAction } from '../actions';

type Props = { id: string; segment: NetworkSegment; vendorId: string; label: string };

/** Regulators: remove one phase-out, with the reason that goes into the log. */
export function RemovePhaseOutForm({ id, segment, vendorId, label }: Props) {
  const [state, formAction] = useActionState(removePhaseOutAction, initialActionState);
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-sky-800">Remove this phase-out</summary>
      <form action={formAction} className="mt-2 space-y-2" aria-label={`Remove the phase-out of ${label}`}>
        <input type="hidden" name="segment" value={segment} />
        <input type="hidden" name="vendorId" value={vendorId} />
        <TextInput id={`remove-${id}-reason`} name="reason" label="Reason" defaultValue={state.values?.reason ?? ''} error={state.fieldErrors.reason} required />
        <FormMessage message={state.message} isOk={state.ok} />
        <SubmitButton variant="danger" size="sm" pendingLabel="Removing…">
          Remove
        </SubmitButton>
      </form>
    </details>
  );
}
