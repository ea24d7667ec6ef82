import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { listOrganizationsQuerySchema } from '@/lib/validation/organizations';
import { toOrganizationDto, type OrganizationDto } from '@/lib/dto/organization';
import * as q from '@/db/queries/organizations';
import { organizationReadDenial } from './organization-rules';

/** Lists organisations (labs with their accreditations). Any signed-in user. */
export async function listOrganizations(actor: Actor, query: unknown): Promise<Page<OrganizationDto>> {
  const denial = organizationReadDenial(actor);
  if (denial) throw forbidden(denial);
  const params = parseInput(listOrganizationsQuerySchema, query);
  const after = decodeCursor(params.cursor, (v): v is string => typeof v === 'string');
  const db = await getDb();
  const rows = await q.listOrganizationsPage(db, { kind: params.kind, afterName: after, limit: params.limit + 1 });
  const page = rows.slice(0, params.limit);
  const accreditations = await q.listAccreditationsFor(
    db,
    page.filter((r) => r.kind === 'lab').map((r) => r.id),
  );
  const items = page.map((r) =>
    toOrganizationDto(r, r.kind === 'lab' ? accreditations.filter((a) => a.labOrgId === r.id) : undefined),
  );
  return { items, nextCursor: rows.length > params.limit ? encodeCursor(page[page.length - 1].name) : null };
}

/** One organisation by id. Any signed-in user (organisations are not secret). */
export async function getOrganization(actor: Actor, id: string): Promise<OrganizationDto> {
  const denial = organizationReadDenial(actor);
  if (denial) throw forbidden(denial);
  const db = await getDb();
  const row = await q.findOrganizationById(db, id);
  if (!row) throw notFound('Organisation');
  const accreditations = row.kind === 'lab' ? await q.listAccreditationsFor(db, [row.id]) : undefined;
  return toOrganizationDto(row, accreditations);
}
