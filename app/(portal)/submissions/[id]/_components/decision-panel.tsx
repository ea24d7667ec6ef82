import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DecisionPanelDto } from '@/lib/submissions/decision-panel-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge } from '@/app/_components/ui/badge';
import { ResultBar } from './result-bar';

type Props = { panel: DecisionPanelDto; currentUserId: string };

const RESULT_BADGE = { fail: { label: 'Fail', tone: 'danger' }, inconclusive: { label: 'Inconclusive', tone: 'warning' } } as const;
const KIND_LABELS: Record<string, string> = { approve: 'approved', reject: 'rejected', request_changes: 'requested changes' };

function Fact({ title, isOk, children, testId }: { title: string; isOk: boolean | null; children: ReactNode; testId: string }) {
  const mark = isOk === null ? '–' : isOk ? '✓' : '!';
  const colour = isOk === null ? 'text-slate-500' : isOk ? 'text-emerald-700' : 'text-amber-700';
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm" data-testid={testId} data-ok={isOk === null ? 'unknown' : String(isOk)}>
      <p className="flex items-center gap-2 font-medium text-slate-900">
        <span aria-hidden="true" className={`font-bold ${colour}`}>
          {mark}
        </span>
        {title}
      </p>
      <div className="mt-1 text-slate-700">{children}</div>
    </div>
  );
}

/**
 * What the regulator weighs before deciding, above the decision buttons: result counts with every
 * failed and inconclusive case, the lab's verdict, open vulnerabilities and affected advisory
 * matches, SBOM conformance, the lab's accreditation and the other regulator's decision.
 */
export function DecisionPanel({ panel, currentUserId }: Props) {
  const others = panel.roundDecisions.filter((d) => d.regulatorUserId !== currentUserId);
  return (
    <div className="space-y-4" data-testid="decision-panel">
      <ResultBar summary={panel.summary} />
      {panel.openResults.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold text-slate-900">Failed and inconclusive test cases ({panel.openResults.length})</h3>
          <ul className="divide-y divide-slate-100 rounded-lg border border-amber-200 bg-white" data-testid="decision-open-results">
            {panel.openResults.map((r) => (
              <li key={r.testCaseId} className="px-3 py-2 text-sm" data-testid="decision-open-result" data-result={r.result}>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={RESULT_BADGE[r.result].tone}>{RESULT_BADGE[r.result].label}</Badge>
                  <span className="font-mono text-xs text-slate-600">{r.testCaseId}</span>
                  <span className="font-medium text-slate-900">{r.title}</span>
                </p>
                <p className="mt-0.5 text-slate-700">{r.notes ?? <span className="text-slate-500">No note from the lab.</span>}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-700" data-testid="decision-no-open-results">
          No test case failed or is inconclusive.
        </p>
      )}
      {panel.verdict ? (
        <div className="text-sm" data-testid="decision-verdict">
          <p className="font-medium text-slate-900">The lab’s overall verdict</p>
          <p className="mt-0.5 whitespace-pre-line text-slate-700">{panel.verdict}</p>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Fact title="Open vulnerabilities" isOk={panel.vulnerabilities.length === 0} testId="decision-vulnerabilities">
          {panel.vulnerabilities.length ? (
            <ul className="space-y-0.5">
              {panel.vulnerabilities.map((v) => (
                <li key={v.id}>
                  <Link href={`/vulnerabilities/${v.id}`} className="text-sky-800 underline underline-offset-2">
                    {v.cve ?? v.title}
                  </Link>{' '}
                  · {v.severity} ({v.cvssScore}) · {v.status}
                </li>
              ))}
            </ul>
          ) : (
            'None open or confirmed for this version.'
          )}
        </Fact>
        <Fact title="Advisory matches" isOk={panel.affectedMatches === 0} testId="decision-advisory-matches">
          <span data-testid="decision-affected-count">{panel.affectedMatches}</span> open match{panel.affectedMatches === 1 ? '' : 'es'} in state
          “affected” for this version’s components.
        </Fact>
        <Fact
          title="SBOM conformance"
          isOk={panel.sboms.length === 0 || panel.sboms.some((s) => !s.conformance) ? null : panel.sboms.every((s) => s.conformance?.conforms)}
          testId="decision-sbom"
        >
          {panel.sboms.length ? (
            <ul className="space-y-0.5">
              {panel.sboms.map((s) => (
                <li key={s.id} data-testid="decision-sbom-item">
                  <span className="font-medium">{s.filename}</span>:{' '}
                  {s.conformance === null
                    ? 'not checked'
                    : s.conformance.conforms
                      ? `conforms to ${s.conformance.standard}`
                      : `does not conform to ${s.conformance.standard} (${s.conformance.failed.join('; ')})`}
                </li>
              ))}
            </ul>
          ) : (
            'No SBOM was submitted.'
          )}
        </Fact>
        <Fact title="Lab accreditation" isOk={panel.accreditation.isValid} testId="decision-accreditation">
          {panel.accreditation.isValid
            ? `Valid until ${panel.accreditation.validUntil} (${panel.accreditation.standard}, ${panel.accreditation.body}).`
            : `${panel.accreditation.problems.join('; ')}.`}
        </Fact>
      </div>
      <Fact
        title={`Other regulators (${panel.approvals.given} of ${panel.approvals.required} approval${panel.approvals.required === 1 ? '' : 's'} given)`}
        isOk={null}
        testId="decision-other-regulators"
      >
        {others.length ? (
          <ul className="space-y-1">
            {others.map((d) => (
              <li key={d.id} data-testid="decision-other" data-kind={d.kind}>
                Another regulator {KIND_LABELS[d.kind] ?? d.kind} on <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
                {d.reason ? <span className="block whitespace-pre-line">“{d.reason}”</span> : null}
                {d.conditions.length ? <span className="block">Conditions: {d.conditions.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          'No other regulator has decided in this review round.'
        )}
      </Fact>
    </div>
  );
}
