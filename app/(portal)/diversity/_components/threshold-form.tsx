'use client';

import { useActionState } from 'react';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { initialActionState } from '@/app/_components/forms/action-state';
import { FormMessage } from '@/app/_components/forms/form-message';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { setThresholdAction } from '../actions';

type Props = { segment: NetworkSegment; segmentName: string; sharePercent: number; hhi: number };

/** Regulators: the segment's share and HHI thresholds, with the reason that goes into the log. */
export function ThresholdForm({ segment, segmentName, sharePercent, hhi }: Props) {
  const [state, formAction] = useActionState(setThresholdAction, initialActionState);
  const id = (name: string) => `threshold-${segment}-${name}`;
  return (
    <form action={formAction} className="space-y-3" data-testid={`threshold-form-${segment}`} aria-label={`${segmentName} thresholds`}>
      <input type="hidden" name="segment" value={segment} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          id={id('share')}
          name="sharePercent"
          label="Largest vendor share (%)"
          hint="Flag when one vendor holds more than this."
          inputMode="decimal"
          defaultValue={state.values?.sharePercent ?? String(sharePercent)}
          error={state.fieldErrors.sharePercent}
          required
          data-testid="threshold-share"
        />
        <TextInput
          id={id('hhi')}
          name="hhi"
          label="HHI (1–10 000)"
          hint="Flag when the index is over this; 2500 is four equal vendors."
          inputMode="numeric"
          defaultValue={state.values?.hhi ?? String(hhi)}
          error={state.fieldErrors.hhi}
          required
          data-testid="threshold-hhi"
        />
      </div>
      <TextInput
        id={id('reason')}
        name="reason"
        label="Reason"
        hint="Recorded in the transparency log."
        defaultValue={state.values?.reason ?? ''}
        error={state.fieldErrors.reason}
        required
        data-testid="threshold-reason"
      />
      <FormMessage message={state.message} isOk={state.ok} data-testid="threshold-message" />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…" data-testid="threshold-save">
        Save {segmentName} thresholds
      </SubmitButton>
    </form>
  );
}
