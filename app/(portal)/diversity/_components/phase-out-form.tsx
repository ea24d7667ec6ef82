'use client';

import { useActionState } from 'react';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { initialActionState } from '@/app/_components/forms/action-state';
import { FormMessage } from '@/app/_components/forms/form-message';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { segmentNames } from '@/app/(portal)/components/_components/labels';
import { setPhaseOutAction } from '../actions';

type Props = { vendors: { id: string; name: string }[]; today: string };

/** Regulators: the date by which a high-risk vendor's units must be gone from a segment. */
export function PhaseOutForm({ vendors, today }: Props) {
  const [state, formAction] = useActionState(setPhaseOutAction, initialActionState);
  return (
    <form action={formAction} className="space-y-3" data-testid="phase-out-form" aria-label="Set a phase-out date">
      <div className="grid gap-3 sm:grid-cols-3">
        <Select
          id="phase-out-vendor"
          name="vendorId"
          label="Vendor"
          placeholder="Choose a vendor"
          options={vendors.map((v) => ({ value: v.id, label: v.name }))}
          defaultValue={state.values?.vendorId ?? ''}
          error={state.fieldErrors.vendorId}
          required
          data-testid="phase-out-vendor"
        />
        <Select
          id="phase-out-segment"
          name="segment"
          label="Segment"
          placeholder="Choose a segment"
          options={NETWORK_SEGMENTS.map((s) => ({ value: s, label: segmentNames[s] }))}
          defaultValue={state.values?.segment ?? ''}
          error={state.fieldErrors.segment}
          required
          data-testid="phase-out-segment"
        />
        <TextInput
          id="phase-out-deadline"
          name="deadline"
          type="date"
          label="Units gone by"
          min={today}
          defaultValue={state.values?.deadline ?? ''}
          error={state.fieldErrors.deadline}
          required
          data-testid="phase-out-deadline"
        />
      </div>
      <TextInput
        id="phase-out-reason"
        name="reason"
        label="Reason"
        hint="The decision this rests on; recorded in the transparency log."
        defaultValue={state.values?.reason ?? ''}
        error={state.fieldErrors.reason}
        required
        data-testid="phase-out-reason"
      />
      <FormMessage message={state.message} isOk={state.ok} data-testid="phase-out-message" />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…" data-testid="phase-out-save">
        Save phase-out
      </SubmitButton>
    </form>
  );
}
