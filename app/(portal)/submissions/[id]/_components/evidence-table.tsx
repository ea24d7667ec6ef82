import Link from 'next/link';
import type { EvidenceDto } from '@/lib/evidence/evidence-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CopyHash } from './copy-hash';
import { EVIDENCE_KIND_LABELS, VISIBILITY_LABELS, VISIBILITY_OPTION_LABELS } from './evidence-kinds';
import { formatBytes } from './format-bytes';

type Props = { evidence: readonly EvidenceDto[]; orgNames: ReadonlyMap<string, string> };

const linkClasses = 'text-sky-800 underline underline-offset-2';

export function EvidenceTable({ evidence, orgNames }: Props) {
  return (
    <Table caption="Evidence files, oldest first" captionHidden data-testid="evidence-table">
      <THead>
        <tr>
          <Th>File</Th>
          <Th>Kind</Th>
          <Th>Size</Th>
          <Th>SHA-256</Th>
          <Th>Visibility</Th>
          <Th>Uploaded</Th>
          <Th>Log · file</Th>
        </tr>
      </THead>
      <TBody>
        {evidence.map((e) => (
          <tr key={e.id} data-testid={`evidence-row-${e.id}`} data-filename={e.filename}>
            <Th scope="row" className="max-w-64 min-w-40 break-all">
              {e.kind === 'sbom' ? (
                <Link href={`/evidence/${e.id}`} className={linkClasses} data-testid="evidence-detail-link">
                  {e.filename}
                </Link>
              ) : (
                <span>{e.filename}</span>
              )}
            </Th>
            <Td>{EVIDENCE_KIND_LABELS[e.kind]}</Td>
            <Td className="whitespace-nowrap" title={`${e.size.toLocaleString('en-US')} bytes`}>
              {formatBytes(e.size)}
            </Td>
            <Td>
              <CopyHash hex={e.sha256} label={`SHA-256 of ${e.filename}`} data-testid="evidence-sha256" />
            </Td>
            <Td>
              <span title={VISIBILITY_OPTION_LABELS[e.visibility]} className="whitespace-nowrap">
                <Badge tone={e.visibility === 'certified' ? 'success' : 'neutral'}>{VISIBILITY_LABELS[e.visibility]}</Badge>
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              <span className="block">{orgNames.get(e.uploaderOrgId) ?? 'Another organisation'}</span>
              <span className="text-xs text-slate-500">{formatDateTime(e.createdAt)}</span>
            </Td>
            <Td className="space-y-1 whitespace-nowrap">
              {e.logIndex === null ? null : (
                <Link href={`/log/entries/${e.logIndex}`} className={`block ${linkClasses}`} data-testid="evidence-log-link">
                  log #{e.logIndex}
                </Link>
              )}
              <a href={`/api/v1/evidence/${e.id}/content`} download className={`block ${linkClasses}`} data-testid="evidence-download">
                Download<span className="sr-only"> {e.filename}</span>
              </a>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
