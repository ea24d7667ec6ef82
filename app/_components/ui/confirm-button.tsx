'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import type { ButtonVariant } from './button-styles';
import { SubmitButton } from './submit-button';

type Props = {
  label: ReactNode;
  /** What will happen, in a short sentence; shown next to the confirm button. */
  prompt: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  /** Without it the confirm button submits the surrounding form. */
  onConfirm?: () => void;
  isPending?: boolean;
  variant?: ButtonVariant;
  disabled?: boolean;
  testId?: string;
};

/** Dialog-free confirmation: the first press asks inline, the second does it; Escape or Cancel backs out. */
export function ConfirmButton({ label, prompt, confirmLabel, pendingLabel, onConfirm, isPending, variant = 'danger', disabled, testId }: Props) {
  const [isAsking, setIsAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (isAsking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  if (!isAsking) {
    return (
      <Button
        ref={triggerRef}
        variant={variant === 'danger' ? 'secondary' : variant}
        size="sm"
        disabled={disabled}
        onClick={() => setIsAsking(true)}
        data-testid={testId}
      >
        {label}
      </Button>
    );
  }

  const confirmProps = { ref: confirmRef, variant, size: 'sm' as const, 'data-testid': testId ? `${testId}-confirm` : undefined };
  return (
    <span
      role="group"
      aria-label="Confirm"
      className="inline-flex flex-wrap items-center gap-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setIsAsking(false);
      }}
    >
      <span className="text-sm text-slate-800">{prompt}</span>
      {onConfirm ? (
        <Button {...confirmProps} disabled={isPending} onClick={onConfirm}>
          {isPending && pendingLabel ? pendingLabel : confirmLabel}
        </Button>
      ) : (
        <SubmitButton {...confirmProps} pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
      )}
      <Button
        variant="ghost"
        size="sm"
        onClick={() => setIsAsking(false)}
        data-testid={testId ? `${testId}-cancel` : undefined}
      >
        Cancel
      </Button>
    </span>
  );
}
