'use client';

import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { setFollowSchema } from '@/lib/validation/follows';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { setFollowAction } from '../actions';

/** An operator's followed network functions: follow one more, or stop following one. */
export function FollowsForm({ following }: { following: readonly string[] }) {
  const { formAction, onSubmit, fieldErrors, message, isOk } = useFormAction(setFollowAction, {
    schema: setFollowSchema,
    toInput: (form) => ({ networkFunction: String(form.get('networkFunction') ?? ''), isFollowing: form.get('isFollowing') === 'true' }),
  });
  const options = NETWORK_FUNCTIONS.filter((nf) => !following.includes(nf)).map((nf) => ({ value: nf, label: nf }));
  return (
    <div className="space-y-4">
      <FormMessage message={message} isOk={isOk} data-testid="follows-message" />
      {following.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Network functions you follow" data-testid="follows-list">
          {following.map((nf) => (
            <li key={nf} className="flex items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pr-1 pl-3 text-sm" data-testid={`follow-${nf}`}>
              {nf}
              <form action={formAction}>
                <input type="hidden" name="networkFunction" value={nf} />
                <input type="hidden" name="isFollowing" value="false" />
                <SubmitButton variant="ghost" size="sm" aria-label={`Stop following ${nf}`} data-testid={`unfollow-${nf}`}>
                  Stop following
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600" data-testid="follows-empty">
          You follow no network function yet.
        </p>
      )}
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-md flex-wrap items-end gap-3" data-testid="follow-form">
        <input type="hidden" name="isFollowing" value="true" />
        <div className="min-w-48 flex-1">
          <Select
            id="follow-network-function"
            name="networkFunction"
            label="Network function"
            placeholder="Choose…"
            options={options}
            error={fieldErrors.networkFunction}
            data-testid="follow-network-function"
          />
        </div>
        <SubmitButton variant="primary" pendingLabel="Following…" data-testid="follow-submit">
          Follow
        </SubmitButton>
      </form>
    </div>
  );
}
