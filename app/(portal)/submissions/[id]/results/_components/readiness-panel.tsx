'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';
import { Card } from '@/app/_components/ui/card';
import type { EvaluationReport, ResultItem, ResultsSummary } from './results-model';
import { SubmitEvaluationForm } from './submit-evaluation-form';

type Props = {
  submissionId: string;
  version: number;
  items: readonly ResultItem[];
  summary: ResultsSummary;
  report: EvaluationReport;
  /** Results chosen but waiting for their note. */
  hasDrafts: boolean;
  missingHref: string;
  onShowMissing: () => void;
};

function Check({ isMet, children, testId }: { isMet: boolean; children: ReactNode; testId: string }) {
  return (
    <li className="flex items-start gap-2" data-testid={testId} data-met={isMet}>
      <span aria-hidden="true" className={isMet ? 'font-bold text-emerald-700' : 'font-bold text-amber-700'}>
        {isMet ? '✓' : '•'}
      </span>
      <span>
        <span className="sr-only">{isMet ? 'Done: ' : 'To do: '}</span>
        {children}
      </span>
    </li>
  );
}

/**
 * What still stands between the lab and "Submit evaluation", kept current as results are recorded;
 * the button is disabled with the reasons the server would give (the same precondition function).
 */
export function ReadinessPanel({ submissionId, version, items, summary, report, hasDrafts, missingHref, onShowMissing }: Props) {
  const unmet = submitEvaluationPreconditions({
    applicableTestCaseIds: items.map((i) => i.testCaseId),
    resultTestCaseIds: items.filter((i) => i.result !== null).map((i) => i.testCaseId),
    hasEvaluationReport: report !== null,
  }).map((u) => u.message);
  if (hasDrafts) unmet.push('Add the notes still missing in the grid');
  return (
    <Card
      id="readiness"
      title="Ready to submit?"
      description="The regulators receive the evaluation once every applicable test case has a result and your evaluation report is attached."
      data-testid="readiness-panel"
    >
      <ul className="mb-4 space-y-2 text-sm text-slate-800">
        <Check isMet={summary.missing === 0} testId="readiness-results">
          {summary.missing === 0 ? (
            `All ${summary.total} test cases have a result.`
          ) : (
            <>
              <span data-testid="readiness-missing">
                {summary.missing} of {summary.total} test case{summary.total === 1 ? '' : 's'} still need{summary.missing === 1 ? 's' : ''} a result.
              </span>{' '}
              <a
                href={missingHref}
                onClick={(e) => {
                  e.preventDefault();
                  onShowMissing();
                }}
                className="font-medium text-sky-800 underline underline-offset-2"
                data-testid="readiness-show-missing"
              >
                Show the missing ones
              </a>
            </>
          )}
        </Check>
        <Check isMet={report !== null} testId="readiness-report">
          {report ? (
            <>
              Evaluation report attached: <span className="font-medium">{report.filename}</span>.
            </>
          ) : (
            <>
              No evaluation report yet.{' '}
              <Link href={`/submissions/${submissionId}#evidence`} className="font-medium text-sky-800 underline underline-offset-2" data-testid="readiness-upload-report">
                Upload it on the submission page
              </Link>{' '}
              (evidence kind “evaluation report”), then come back here.
            </>
          )}
        </Check>
        {summary.inconclusive > 0 ? (
          <Check isMet={false} testId="readiness-inconclusive">
            {summary.inconclusive} result{summary.inconclusive === 1 ? ' is' : 's are'} inconclusive: explain why in the overall verdict below.
          </Check>
        ) : null}
      </ul>
      <SubmitEvaluationForm submissionId={submissionId} version={version} summary={summary} report={report} blockedBy={unmet} onShowMissing={onShowMissing} />
    </Card>
  );
}
