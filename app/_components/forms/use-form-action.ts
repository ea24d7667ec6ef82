'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { CHECK_FIELDS_MESSAGE, initialActionState, type ActionState, type FieldErrors } from './action-state';
import { validate } from './validate';

type ServerAction = (previous: ActionState, form: FormData) => Promise<ActionState>;
type Options = { schema?: z.ZodType; toInput?: (form: FormData) => unknown };

/**
 * A server action driven through useActionState, checked first in the browser with the same
 * zod schema the service uses (the server checks again; this only saves a round trip).
 */
export function useFormAction(action: ServerAction, { schema, toInput }: Options = {}) {
  const [state, formAction, isPending] = useActionState(action, initialActionState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!schema || !toInput) return;
    const form = event.currentTarget;
    const errors = validate(schema, toInput(new FormData(form)));
    setClientErrors(errors);
    if (!errors) return;
    event.preventDefault();
    const first = Object.keys(errors).find((name) => form.elements.namedItem(name));
    const element = first ? form.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
  }

  const fieldErrors = clientErrors ?? state.fieldErrors;
  const message = clientErrors ? (clientErrors._form ?? CHECK_FIELDS_MESSAGE) : state.message;
  const isOk = !clientErrors && state.ok;
  return { state, formAction, isPending, onSubmit, fieldErrors, message, isOk };
}
