import type { OrganizationDto } from '@/lib/dto/organization';
import { accreditationStatus, todayUtc } from '@/app/_components/org/accreditation-status';
import { OrgKindBadge } from '@/app/_components/org/org-kind-badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

function accreditationSummary(org: OrganizationDto, today: string): string {
  if (org.kind !== 'lab') return '—';
  const all = org.accreditations ?? [];
  if (!all.length) return 'None';
  const valid = all.filter((a) => accreditationStatus(a, today) === 'valid');
  if (!valid.length) return `None valid (${all.length} recorded)`;
  return valid.map((a) => `${a.standard}: ${a.scope.join(', ')} (until ${a.validUntil})`).join('; ');
}

export function OrganizationsTable({ organizations }: { organizations: OrganizationDto[] }) {
  const today = todayUtc();
  return (
    <Table caption="Organisations, by name" captionHidden data-testid="organizations-table">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th>Country</Th>
          <Th>Group</Th>
          <Th>Valid accreditations</Th>
        </tr>
      </THead>
      <TBody>
        {organizations.map((org) => (
          <tr key={org.id} data-testid={`organization-row-${org.id}`}>
            <Th scope="row">{org.name}</Th>
            <Td>
              <OrgKindBadge kind={org.kind} />
            </Td>
            <Td>{org.country ?? '—'}</Td>
            <Td>{org.group ?? '—'}</Td>
            <Td>{accreditationSummary(org, today)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
