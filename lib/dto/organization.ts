import type { OrganizationRow, AccreditationRow } from '@/db/queries/organizations';

export type AccreditationDto = {
  id: string;
  body: string;
  standard: string;
  scope: string[];
  validFrom: string;
  validUntil: string;
};

export type OrganizationDto = {
  id: string;
  name: string;
  kind: OrganizationRow['kind'];
  country: string | null;
  group: string | null;
  accreditations?: AccreditationDto[];
};

export function toAccreditationDto(row: AccreditationRow): AccreditationDto {
  return {
    id: row.id,
    body: row.body,
    standard: row.standard,
    scope: row.scope,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  };
}

export function toOrganizationDto(row: OrganizationRow, accreditations?: AccreditationRow[]): OrganizationDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    group: row.group,
    ...(accreditations ? { accreditations: accreditations.map(toAccreditationDto) } : {}),
  };
}
