import type { RegistryEvaluationDto, RegistryTestCaseDto } from '@/lib/registry/registry-dto';
import { TEST_RESULTS, type TestResult } from '@/lib/results/test-results';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

const RESULT_DISPLAY: Record<TestResult, { label: string; bar: string }> = {
  pass: { label: 'Passed', bar: 'bg-emerald-600' },
  fail: { label: 'Failed', bar: 'bg-red-600' },
  inconclusive: { label: 'Inconclusive', bar: 'bg-amber-500' },
  not_applicable: { label: 'Not applicable', bar: 'bg-slate-400' },
};

/** One stacked bar of the results by outcome, with its numbers beside it (the bar is decoration for the list). */
function ResultsBar({ counts }: { counts: RegistryEvaluationDto['counts'] }) {
  const total = counts.total || 1;
  return (
    <div className="space-y-3">
      <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100">
        {TEST_RESULTS.filter((r) => counts[r] > 0).map((r) => (
          <div key={r} className={RESULT_DISPLAY[r].bar} style={{ width: `${(counts[r] / total) * 100}%` }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" data-testid="certificate-result-counts">
        {TEST_RESULTS.map((r) => (
          <li key={r} className="inline-flex items-center gap-2" data-testid={`certificate-count-${r}`}>
            <span aria-hidden="true" className={`size-3 rounded-sm ${RESULT_DISPLAY[r].bar}`} />
            {RESULT_DISPLAY[r].label}: <strong className="font-semibold text-slate-900">{counts[r]}</strong>
          </li>
        ))}
        <li>
          Total: <strong className="font-semibold text-slate-900">{counts.total}</strong>
        </li>
      </ul>
    </div>
  );
}

function CasesTable({ caption, cases, testId }: { caption: string; cases: RegistryTestCaseDto[]; testId: string }) {
  return (
    <Table caption={caption} data-testid={testId}>
      <THead>
        <tr>
          <Th>Spec</Th>
          <Th>Clause</Th>
          <Th>Test case</Th>
        </tr>
      </THead>
      <TBody>
        {cases.map((c) => (
          <tr key={c.testCaseId}>
            <Td className="whitespace-nowrap">
              {c.spec} <span className="text-xs text-slate-500">{c.specVersion}</span>
            </Td>
            <Td className="font-mono text-xs">{c.clause}</Td>
            <Th scope="row" className="font-normal">
              {c.title}
            </Th>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}

/** Counts by result, and which test cases failed or did not apply, with the spec version each was tested against. */
export function EvaluationSummary({ evaluation }: { evaluation: RegistryEvaluationDto }) {
  if (evaluation.counts.total === 0) {
    return <p className="text-sm text-slate-600">No test-case results are recorded for this certificate.</p>;
  }
  return (
    <div className="space-y-5">
      <ResultsBar counts={evaluation.counts} />
      {evaluation.failed.length > 0 ? (
        <CasesTable caption={`Failed test cases (${evaluation.failed.length})`} cases={evaluation.failed} testId="certificate-failed-cases" />
      ) : (
        <p className="text-sm text-slate-700" data-testid="certificate-no-failures">
          No test case failed.
        </p>
      )}
      {evaluation.notApplicable.length > 0 ? (
        <CasesTable caption={`Not applicable (${evaluation.notApplicable.length})`} cases={evaluation.notApplicable} testId="certificate-na-cases" />
      ) : null}
    </div>
  );
}
