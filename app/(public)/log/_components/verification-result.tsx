import { cx } from '@/app/_components/ui/class-names';
import type { DisplayStep, FoldStep, StepStatus, VerificationReport } from './verification-report';

export type VerificationState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; report: VerificationReport };

const statusText: Record<StepStatus, { icon: string; word: string; classes: string }> = {
  pass: { icon: '✓', word: 'Passed', classes: 'text-emerald-800' },
  fail: { icon: '✗', word: 'Failed', classes: 'text-red-800' },
  note: { icon: 'i', word: 'Note', classes: 'text-slate-700' },
  invalid: { icon: '!', word: 'Not valid', classes: 'text-slate-800' },
};

const outcomeText = {
  passed: { icon: '✓ ', title: 'Verification passed', classes: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  failed: { icon: '✗ ', title: 'Verification failed', classes: 'border-red-300 bg-red-50 text-red-950' },
  invalid: { icon: '', title: 'Check what you entered', classes: 'border-slate-300 bg-slate-50 text-slate-900' },
} as const;

type Props = { state: VerificationState; testId: string };

/**
 * The outcome banner — a live region that is always present, so screen readers announce the result — and,
 * once done, every step with a ✓/✗ and a word, never colour alone. A typing error in the form is neutral;
 * only a real mismatch gets the red alarm, with what to do next.
 */
export function VerificationResult({ state, testId }: Props) {
  const report = state.kind === 'done' ? state.report : null;
  const dataState = report ? report.outcome : state.kind;
  const outcome = report ? outcomeText[report.outcome] : null;
  return (
    <div className="mt-4 space-y-5">
      <div
        role="status"
        aria-live="polite"
        data-testid={testId}
        data-state={dataState}
        className={cx(
          'rounded-md text-sm',
          outcome && `border px-4 py-3 ${outcome.classes}`,
        )}
      >
        {state.kind === 'running' ? <p className="text-slate-700">Checking… your browser is fetching and recomputing.</p> : null}
        {report && outcome ? (
          <>
            <p className="font-semibold">
              <span aria-hidden="true">{outcome.icon}</span>
              {outcome.title}
            </p>
            <p className="mt-1 break-words" data-testid={`${testId}-summary`}>
              {report.summary}
            </p>
            {report.nextSteps.length > 0 ? <NextSteps steps={report.nextSteps} /> : null}
          </>
        ) : null}
      </div>
      {report?.sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3 className="text-sm font-semibold text-slate-900">{section.title}</h3>
          <StepList steps={section.steps} />
          {section.folds && section.folds.length > 0 ? <FoldList folds={section.folds} /> : null}
        </section>
      ))}
    </div>
  );
}

function NextSteps({ steps }: { steps: readonly string[] }) {
  return (
    <div className="mt-2">
      <p className="font-medium">What to do next</p>
      <ol className="mt-1 list-decimal space-y-1 pl-5">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

function StepList({ steps }: { steps: readonly DisplayStep[] }) {
  return (
    <ol className="mt-2 space-y-2">
      {steps.map((step, i) => {
        const status = statusText[step.status];
        return (
          <li key={i} className="flex gap-3 text-sm" data-testid="verification-step" data-status={step.status}>
            <span aria-hidden="true" className={cx('w-4 shrink-0 text-center font-bold', status.classes)}>
              {status.icon}
            </span>
            <div className="min-w-0">
              <p>
                <span className={cx('mr-2 text-xs font-semibold uppercase', status.classes)}>{status.word}</span>
                <span className="font-medium text-slate-900">{step.label}</span>
              </p>
              <p className="font-mono text-xs break-all text-slate-600">{step.detail}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function FoldList({ folds }: { folds: readonly FoldStep[] }) {
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2" open={folds.length <= 24}>
      <summary className="cursor-pointer text-sm font-medium text-slate-800">
        Proof steps, bottom to top ({folds.length})
      </summary>
      <ol className="mt-2 space-y-3" aria-label="Proof steps">
        {folds.map((fold, i) => (
          <li key={i} className="text-xs text-slate-700" data-testid="proof-step">
            <p className="font-medium text-slate-900">
              {i + 1}. {fold.description}
            </p>
            <p className="font-mono break-all">sibling {fold.sibling}</p>
            {fold.outputs.map((output) => (
              <p key={output.name} className="font-mono break-all">
                → {output.name} {output.hex}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
