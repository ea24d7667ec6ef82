import type { CheckStep } from '@/lib/log/browser-verify';

/** `note` marks a step that neither passes nor fails but limits what was shown (e.g. a private entry text). */
export type StepStatus = 'pass' | 'fail' | 'note';

export type DisplayStep = { label: string; status: StepStatus; detail: string };

/** One hash folded into the running hash(es) of a proof, with the hashes it produced (hex). */
export type FoldStep = { description: string; sibling: string; outputs: { name: string; hex: string }[] };

export type ReportSection = { title: string; steps: DisplayStep[]; folds?: FoldStep[] };

export type VerificationReport = { ok: boolean; summary: string; sections: ReportSection[] };

/** Collects sections and steps; the report is ok only when no step failed. */
export class ReportBuilder {
  private readonly sections: ReportSection[] = [];

  section(title: string): ReportSection {
    const section: ReportSection = { title, steps: [] };
    this.sections.push(section);
    return section;
  }

  get hasFailed(): boolean {
    return this.sections.some((s) => s.steps.some((step) => step.status === 'fail'));
  }

  finish(successSummary: string, failureSummary: string): VerificationReport {
    const ok = !this.hasFailed;
    const firstFailure = this.sections.flatMap((s) => s.steps).find((s) => s.status === 'fail');
    return {
      ok,
      summary: ok ? successSummary : `${failureSummary}.${firstFailure ? ` Failed step: ${firstFailure.label} — ${firstFailure.detail}` : ''}`,
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

export function note(label: string, detail: string): DisplayStep {
  return { label, status: 'note', detail };
}

export function fromCheckSteps(steps: readonly CheckStep[]): DisplayStep[] {
  return steps.map((s) => ({ label: s.label, status: s.ok ? 'pass' : 'fail', detail: s.detail }));
}
