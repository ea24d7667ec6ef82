import type { CheckStep } from '@/lib/log/browser-verify';

/**
 * `note` marks a step that neither passes nor fails but limits what was shown (e.g. a private entry text);
 * `invalid` marks what the reader typed as unusable (a typing error, not evidence against the log).
 */
export type StepStatus = 'pass' | 'fail' | 'note' | 'invalid';

export type DisplayStep = { label: string; status: StepStatus; detail: string; subject?: string };

/** One hash folded into the running hash(es) of a proof, with the hashes it produced (hex). */
export type FoldStep = { description: string; sibling: string; outputs: { name: string; hex: string }[] };

export type ReportSection = { title: string; steps: DisplayStep[]; folds?: FoldStep[] };

export type VerificationOutcome = 'passed' | 'failed' | 'invalid';

export type VerificationReport = { ok: boolean; outcome: VerificationOutcome; summary: string; nextSteps: string[]; sections: ReportSection[] };

/** What a reader can do about a real failure: retry, keep the evidence, compare elsewhere, report it. */
const FAILURE_NEXT_STEPS = [
  'Run the check again: a dropped connection also makes a fetch fail.',
  'If it fails again, do not rely on what this site says about the log. Save this page — the steps above show every hash — and the checkpoint you compared against.',
  'Compare with a checkpoint of this log published elsewhere (a monitor, a regulator notice, a copy you kept).',
  'Report it, with what you saved, to the regulator and to whoever runs this portal: a signature or proof that does not verify means the log may have been changed.',
];

/** Collects sections and steps; the report is ok only when no step failed. */
export class ReportBuilder {
  private readonly sections: ReportSection[] = [];

  section(title: string): ReportSection {
    const section: ReportSection = { title, steps: [] };
    this.sections.push(section);
    return section;
  }

  get hasFailed(): boolean {
    return this.sections.some((s) => s.steps.some((step) => step.status === 'fail' || step.status === 'invalid'));
  }

  /** An input error wins over everything after it: nothing was checked against the log with it. */
  finish(successSummary: string, failureSummary: string): VerificationReport {
    const steps = this.sections.flatMap((s) => s.steps);
    const invalidInput = steps.find((s) => s.status === 'invalid');
    if (invalidInput) {
      return {
        ok: false,
        outcome: 'invalid',
        summary: `This is not a valid ${invalidInput.subject ?? 'value'}: ${invalidInput.detail}.`,
        nextSteps: [`Copy the ${invalidInput.subject ?? 'value'} again from where you saved it and check again. Nothing was compared with the log yet.`],
        sections: this.sections,
      };
    }
    const firstFailure = steps.find((s) => s.status === 'fail');
    if (!firstFailure) return { ok: true, outcome: 'passed', summary: successSummary, nextSteps: [], sections: this.sections };
    return {
      ok: false,
      outcome: 'failed',
      summary: `${failureSummary}. Failed step: ${firstFailure.label} — ${firstFailure.detail}`,
      nextSteps: FAILURE_NEXT_STEPS,
      sections: this.sections,
    };
  }
}

export function pass(label: string, detail: string): DisplayStep {
  return { label, status: 'pass', detail };
}

export function fail(label: string, detail: string): DisplayStep {
  return { label, status: 'fail', detail };
}

/** What the reader typed is unusable: `subject` names it for the summary ("root hash", "key"). */
export function invalid(subject: string, reason: string): DisplayStep {
  return { label: `Read the ${subject} you entered`, status: 'invalid', detail: reason, subject };
}

export function note(label: string, detail: string): DisplayStep {
  return { label, status: 'note', detail };
}

export function fromCheckSteps(steps: readonly CheckStep[]): DisplayStep[] {
  return steps.map((s) => ({ label: s.label, status: s.ok ? 'pass' : 'fail', detail: s.detail }));
}
