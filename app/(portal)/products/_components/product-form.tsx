'use client';

import { useState } from 'react';
import { applicableSpecs } from '@/lib/catalogue/applicable-specs';
import { isNetworkFunction } from '@/lib/catalogue/network-functions';
import { segmentForNetworkFunction } from '@/lib/catalogue/segment-for-network-function';
import { createProductSchema } from '@/lib/validation/products';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Checkbox } from '@/app/_components/ui/checkbox';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { createProductAction } from '../actions';
import { NetworkFunctionSelect } from './network-function-select';
import { productInputOf } from './product-input';
import { segmentExplanations } from './segments';
import { TextArea } from './text-area';

/** What the chosen function and virtualization mean: segment, approvals needed and the specs that apply. */
function consequences(networkFunction: string, isVirtualized: boolean): string {
  if (!isNetworkFunction(networkFunction)) return 'The network function decides the segment and which SCAS test cases apply.';
  const segment = segmentForNetworkFunction(networkFunction);
  const specs = applicableSpecs(networkFunction, isVirtualized).join(', ');
  return `${segmentExplanations[segment]} Test cases from ${specs} apply.`;
}

export function ProductForm() {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(createProductAction, {
    schema: createProductSchema,
    toInput: productInputOf,
  });
  const [networkFunction, setNetworkFunction] = useState(state.values?.networkFunction ?? '');
  const [isVirtualized, setIsVirtualized] = useState(state.values?.isVirtualized === 'on');

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5" data-testid="product-form">
      <FormMessage message={message} isOk={isOk} data-testid="product-form-message" />
      <TextInput
        id="product-name"
        name="name"
        label="Product name"
        required
        maxLength={200}
        defaultValue={state.values?.name}
        error={fieldErrors.name}
        data-testid="product-name"
      />
      <TextInput
        id="product-model"
        name="model"
        label="Model"
        hint="The model designation on the equipment or in the release notes."
        maxLength={200}
        defaultValue={state.values?.model}
        error={fieldErrors.model}
        data-testid="product-model"
      />
      <NetworkFunctionSelect
        id="product-network-function"
        name="networkFunction"
        label="Network function"
        placeholder="Choose a network function"
        required
        value={networkFunction}
        onChange={(e) => setNetworkFunction(e.currentTarget.value)}
        hint={<span aria-live="polite" data-testid="product-segment-hint">{consequences(networkFunction, isVirtualized)}</span>}
        error={fieldErrors.networkFunction}
        data-testid="product-network-function"
      />
      <Checkbox
        id="product-virtualized"
        name="isVirtualized"
        label="Virtualized (runs as a VNF or CNF)"
        hint="Virtualized products are also tested against TS 33.527."
        checked={isVirtualized}
        onChange={(e) => setIsVirtualized(e.currentTarget.checked)}
        error={fieldErrors.isVirtualized}
        data-testid="product-virtualized"
      />
      <TextArea
        id="product-description"
        name="description"
        label="Description"
        hint="What the product does and where it is deployed; visible to the lab and regulators once you submit."
        maxLength={5000}
        defaultValue={state.values?.description}
        error={fieldErrors.description}
        data-testid="product-description"
      />
      <SubmitButton variant="primary" pendingLabel="Registering…" data-testid="product-create">
        Register product
      </SubmitButton>
    </form>
  );
}
