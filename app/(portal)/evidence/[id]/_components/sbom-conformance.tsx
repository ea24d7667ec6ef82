import type { SbomConformanceReport } from '@/lib/evidence/sbom/conformance-model';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

/** The BSI TR-03183-2 checklist of an SBOM: one row per check, pass or fail, and why. */
export function SbomConformance({ report }: { report: SbomConformanceReport }) {
  const failed = report.checks.filter((c) => !c.passed).length;
  return (
    <div className="space-y-3" data-testid="sbom-conformance">
      <p className="text-sm text-slate-700">
        <Badge tone={report.conforms ? 'success' : 'danger'} data-testid="sbom-conformance-verdict">
          {report.conforms ? 'Conforms' : 'Does not conform'}
        </Badge>{' '}
        {report.conforms
          ? `Every check of ${report.standard} passes.`
          : `${failed} of ${report.checks.length} checks of ${report.standard} fail.`}
      </p>
      <Table caption={`${report.standard} checks`} captionHidden>
        <THead>
          <tr>
            <Th>Requirement</Th>
            <Th>Result</Th>
            <Th>Detail</Th>
          </tr>
        </THead>
        <TBody>
          {report.checks.map((check) => (
            <tr key={check.id} data-testid="sbom-conformance-check" data-check={check.id} data-passed={check.passed ? 'true' : 'false'}>
              <Th scope="row">
                {check.requirement}
                <span className="block font-mono text-xs font-normal text-slate-500">{check.id}</span>
              </Th>
              <Td className="whitespace-nowrap">
                <Badge tone={check.passed ? 'success' : 'danger'}>{check.passed ? 'Pass' : 'Fail'}</Badge>
              </Td>
              <Td>{check.detail ?? '—'}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
