'use client';

import { useState } from 'react';
import { reportVulnerabilitySchema } from '@/lib/validation/vulnerabilities';
import { SEVERITY_DISPLAY } from '@/lib/vulnerabilities/display';
import { isCvssScore, severityOfCvssScore } from '@/lib/vulnerabilities/severity';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Select } from '@/app/_components/ui/select';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { TextInput } from '@/app/_components/ui/text-input';
import { TextArea } from '../../products/_components/text-area';
import { reportVulnerabilityAction } from '../actions';
import { reportInputOf } from './form-input';

type Props = { versions: readonly { id: string; label: string }[]; productVersionId?: string };

function severityHint(raw: string): string {
  const score = Number(raw);
  if (raw.trim() === '' || !isCvssScore(score)) return 'The CVSS v3 base score, 0.0 to 10.0; it sets the severity rating.';
  const rating = SEVERITY_DISPLAY[severityOfCvssScore(score)].label;
  return rating === 'Critical'
    ? 'Rating: Critical. On a certified version this puts the certificate on the regulators’ review list.'
    : `Rating: ${rating}.`;
}

export function ReportForm({ versions, productVersionId }: Props) {
  const { formAction, onSubmit, fieldErrors, message, isOk, state } = useFormAction(reportVulnerabilityAction, {
    schema: reportVulnerabilitySchema,
    toInput: reportInputOf,
  });
  const [score, setScore] = useState(state.values?.cvssScore ?? '');
  const v = state.values ?? {};
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" data-testid="vulnerability-report-form">
      <FormMessage message={message} isOk={isOk} data-testid="vulnerability-report-message" />
      <Select
        id="report-version"
        name="productVersionId"
        label="Product version"
        required
        placeholder="Choose a version"
        defaultValue={v.productVersionId ?? productVersionId ?? ''}
        options={versions.map((o) => ({ value: o.id, label: o.label }))}
        error={fieldErrors.productVersionId}
        data-testid="report-version"
      />
      <TextInput id="report-cve" name="cve" label="CVE id" placeholder="CVE-2021-44228" defaultValue={v.cve} error={fieldErrors.cve} hint="Leave empty if none has been assigned yet." data-testid="report-cve" />
      <TextInput
        id="report-score"
        name="cvssScore"
        label="CVSS v3 base score"
        required
        type="number"
        inputMode="decimal"
        min={0}
        max={10}
        step={0.1}
        value={score}
        onChange={(e) => setScore(e.target.value)}
        hint={severityHint(score)}
        error={fieldErrors.cvssScore}
        data-testid="report-score"
      />
      <TextInput id="report-title" name="title" label="Title" required maxLength={200} defaultValue={v.title} error={fieldErrors.title} data-testid="report-title" />
      <TextArea
        id="report-description"
        name="description"
        label="Description"
        required
        rows={6}
        maxLength={10_000}
        hint="What is affected, how it can be exploited, and how you found it. The vendor and regulators read it."
        defaultValue={v.description}
        error={fieldErrors.description}
        data-testid="report-description"
      />
      <SubmitButton variant="primary" pendingLabel="Reporting…" data-testid="report-submit">
        Report vulnerability
      </SubmitButton>
    </form>
  );
}
