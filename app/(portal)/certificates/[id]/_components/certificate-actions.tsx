'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { CertificateActionOption } from '@/lib/certificates/certificate-dto';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { ConfirmButton } from '@/app/_components/ui/confirm-button';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextArea } from '../../../products/_components/text-area';
import { certificateActionAction } from '../actions';
import { initialCertificateActionState, type CertificateActionState } from './action-state';
import { ACTION_TEXTS } from './action-texts';

type Props = { certificateId: string; version: number; actions: readonly CertificateActionOption[] };
type Opened = { action: CertificateActionOption; since: CertificateActionState };

/**
 * The regulator's controls: one button per action the server accepts now, each opening a form that
 * asks for the reason. The action state lives here, not in the form: a success re-renders the page
 * with new actions (none after a revocation), and the confirmation must survive that.
 */
export function CertificateActions({ certificateId, version, actions }: Props) {
  const [state, formAction] = useActionState(certificateActionAction, initialCertificateActionState);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [dismissed, setDismissed] = useState<CertificateActionState>(initialCertificateActionState);
  const isFresh = (since: CertificateActionState) => state !== since;
  const isOpen = opened !== null && !(state.ok && isFresh(opened.since));
  const done = !isOpen && state.ok && state !== dismissed ? state.message : null;

  return (
    <div className="space-y-4">
      {done ? (
        <Alert tone="success" data-testid="certificate-action-done">
          {done}
        </Alert>
      ) : null}
      {isOpen && opened ? (
        <ActionForm
          key={opened.action}
          certificateId={certificateId}
          version={version}
          action={opened.action}
          state={isFresh(opened.since) ? state : initialCertificateActionState}
          formAction={formAction}
          onCancel={() => {
            setOpened(null);
            setDismissed(state);
          }}
        />
      ) : actions.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="certificate-no-actions">
          No action is possible: revoked and expired certificates are final.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'revoke' ? 'danger' : 'secondary'}
              onClick={() => {
                setDismissed(state);
                setOpened({ action, since: state });
              }}
              data-testid={`certificate-action-${action}`}
            >
              {ACTION_TEXTS[action].label}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}

type FormProps = {
  certificateId: string;
  version: number;
  action: CertificateActionOption;
  state: CertificateActionState;
  formAction: (form: FormData) => void;
  onCancel: () => void;
};

function ActionForm({ certificateId, version, action, state, formAction, onCancel }: FormProps) {
  const [localError, setLocalError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const router = useRouter();
  const id = `certificate-${action}`;
  const texts = ACTION_TEXTS[action];
  const reasonError = localError ?? state.fieldErrors.reason;

  useEffect(() => headingRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (reason) return setLocalError(null);
    event.preventDefault();
    setLocalError('Give a reason; it is published in the transparency log with the change.');
    (event.currentTarget.elements.namedItem('reason') as HTMLElement | null)?.focus();
  }

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-4"
      data-testid="certificate-action-form"
      data-action={action}
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="font-semibold text-slate-900 focus:outline-none">
        {texts.label}
      </h3>
      <p className="text-sm text-slate-700">{texts.consequence}</p>
      {!state.ok && state.message && !localError ? (
        <Alert tone="error" data-testid="certificate-action-error">
          <p>{state.message}</p>
          {state.status === 409 || state.status === 412 ? (
            <Button size="sm" variant="secondary" className="mt-2" onClick={() => router.refresh()} data-testid="certificate-action-reload">
              Reload
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <input type="hidden" name="certificateId" value={certificateId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        id={`${id}-reason`}
        name="reason"
        label="Reason"
        required
        rows={3}
        maxLength={5000}
        hint="Published in the public transparency log with this change; the vendor sees it too."
        defaultValue={state.values?.reason}
        error={reasonError}
        data-testid="certificate-action-reason"
      />
      <div className="flex flex-wrap items-center gap-2">
        {action === 'revoke' ? (
          <ConfirmButton
            label={texts.confirm}
            prompt="This is final. Revoke?"
            confirmLabel="Yes, revoke"
            pendingLabel="Revoking…"
            testId="certificate-action-confirm"
          />
        ) : (
          <SubmitButton variant="primary" pendingLabel="Working…" data-testid="certificate-action-confirm">
            {texts.confirm}
          </SubmitButton>
        )}
        <Button variant="ghost" onClick={onCancel} data-testid="certificate-action-cancel">
          Cancel
        </Button>
      </div>
    </form>
  );
}
