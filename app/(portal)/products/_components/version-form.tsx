'use client';

import { createVersionSchema } from '@/lib/validation/products';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { createVersionAction } from '../actions';
import { versionInputOf } from './product-input';

export function VersionForm({ productId }: { productId: string }) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(createVersionAction.bind(null, productId), {
    schema: createVersionSchema,
    toInput: versionInputOf,
  });
  const kept = isOk ? undefined : state.values;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="version-form">
      <FormMessage message={message} isOk={isOk} data-testid="version-form-message" />
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-full max-w-48">
          <TextInput
            id="version-label"
            name="version"
            label="Version"
            hint="As released, e.g. 23.4.1."
            required
            maxLength={100}
            autoComplete="off"
            defaultValue={kept?.version}
            error={fieldErrors.version}
            data-testid="version-label"
          />
        </div>
        <div className="w-full max-w-48">
          <TextInput
            id="version-released"
            name="releasedAt"
            type="date"
            label="Released on"
            defaultValue={kept?.releasedAt}
            error={fieldErrors.releasedAt}
            data-testid="version-released"
          />
        </div>
        <SubmitButton variant="primary" className="sm:mt-6" pendingLabel="Adding…" data-testid="version-add">
          Add version
        </SubmitButton>
      </div>
    </form>
  );
}
