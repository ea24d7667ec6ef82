import type { EvidenceDto } from '@/lib/evidence/evidence-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

const KIND_LABELS: Record<string, string> = {
  sbom: 'SBOM',
  process_audit_report: 'Process audit report',
  design_doc: 'Design document',
  test_report: 'Test report',
  evaluation_report: 'Evaluation report',
  firmware_digest: 'Firmware digest',
  vulnerability_report: 'Vulnerability report',
  other: 'Other',
};

/** Evidence released to operators, with the SHA-256 anyone can check a download against. */
export function EvidenceList({ evidence }: { evidence: EvidenceDto[] }) {
  if (evidence.length === 0) return <p className="text-sm text-slate-700">No evidence of this evaluation is released to operators.</p>;
  return (
    <Table caption="Evidence released to operators" captionHidden data-testid="component-evidence">
      <THead>
        <tr>
          <Th>File</Th>
          <Th>Kind</Th>
          <Th>SHA-256</Th>
          <Th>Added</Th>
          <Th>
            <span className="sr-only">Download</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {evidence.map((e) => (
          <tr key={e.id}>
            <Th scope="row" className="max-w-56 break-all">
              {e.filename}
            </Th>
            <Td>{KIND_LABELS[e.kind] ?? e.kind}</Td>
            <Td className="font-mono text-xs break-all" title={e.sha256}>
              {e.sha256.slice(0, 16)}…
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(e.createdAt)}</Td>
            <Td className="whitespace-nowrap">
              <a href={`/api/v1/evidence/${e.id}/content`} download className="text-sky-800 underline underline-offset-2">
                Download<span className="sr-only"> {e.filename}</span>
              </a>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
