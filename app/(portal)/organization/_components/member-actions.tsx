'use client';

import type { MemberDto } from '@/lib/users/member-dto';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { ConfirmButton } from '@/app/_components/ui/confirm-button';
import { controlClasses } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { updateMemberAction } from '../actions';

type Member = Pick<MemberDto, 'id' | 'name' | 'role' | 'isEnabled' | 'version'>;

/** Role change and disable/enable for one member; `version` guards against two admins editing at once. */
export function MemberActions({ member }: { member: Member }) {
  const role = useFormAction(updateMemberAction);
  const status = useFormAction(updateMemberAction);
  const roleSelectId = `member-role-${member.id}`;
  const failure = [role, status].find((s) => s.message && !s.isOk);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <form action={role.formAction} className="flex items-center gap-2" data-testid="member-role-form">
          <input type="hidden" name="userId" value={member.id} />
          <input type="hidden" name="version" value={member.version} />
          <input type="hidden" name="change" value="role" />
          <label htmlFor={roleSelectId} className="sr-only">
            Role of {member.name}
          </label>
          <select id={roleSelectId} name="role" defaultValue={member.role} className={`${controlClasses} w-auto py-1`} data-testid="member-role-select">
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </select>
          <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…" data-testid="member-role-save">
            Save role<span className="sr-only"> of {member.name}</span>
          </SubmitButton>
        </form>
        <form action={status.formAction} data-testid="member-status-form">
          <input type="hidden" name="userId" value={member.id} />
          <input type="hidden" name="version" value={member.version} />
          <input type="hidden" name="change" value={member.isEnabled ? 'disable' : 'enable'} />
          {member.isEnabled ? (
            <ConfirmButton
              label={<>Disable<span className="sr-only"> {member.name}</span></>}
              prompt={`Disable ${member.name}? Their sessions end at once.`}
              confirmLabel="Yes, disable"
              pendingLabel="Disabling…"
              testId="member-disable"
            />
          ) : (
            <SubmitButton variant="secondary" size="sm" pendingLabel="Enabling…" data-testid="member-enable">
              Enable<span className="sr-only"> {member.name}</span>
            </SubmitButton>
          )}
        </form>
      </div>
      {failure ? <FormMessage message={failure.message} isOk={false} data-testid="member-action-error" /> : null}
    </div>
  );
}
