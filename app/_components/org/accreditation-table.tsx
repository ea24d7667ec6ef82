import type { AccreditationDto } from '@/lib/dto/organization';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { accreditationStatus, todayUtc, type AccreditationStatus } from './accreditation-status';

const statusView: Record<AccreditationStatus, { label: string; tone: BadgeTone }> = {
  valid: { label: 'Valid', tone: 'success' },
  not_yet_valid: { label: 'Not yet valid', tone: 'warning' },
  expired: { label: 'Expired', tone: 'danger' },
};

type Props = { caption: string; accreditations: readonly AccreditationDto[]; captionHidden?: boolean };

export function AccreditationTable({ caption, accreditations, captionHidden }: Props) {
  const today = todayUtc();
  return (
    <Table caption={caption} captionHidden={captionHidden} data-testid="accreditations-table">
      <THead>
        <tr>
          <Th>Accrediting body</Th>
          <Th>Standard</Th>
          <Th>Scope (network functions)</Th>
          <Th>Valid</Th>
          <Th>Status</Th>
        </tr>
      </THead>
      <TBody>
        {accreditations.map((a) => {
          const status = statusView[accreditationStatus(a, today)];
          return (
            <tr key={a.id}>
              <Th scope="row">{a.body}</Th>
              <Td>{a.standard}</Td>
              <Td>{a.scope.join(', ')}</Td>
              <Td className="whitespace-nowrap">
                <time dateTime={a.validFrom}>{a.validFrom}</time> – <time dateTime={a.validUntil}>{a.validUntil}</time>
              </Td>
              <Td>
                <Badge tone={status.tone}>{status.label}</Badge>
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
