import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import {
  accreditLabSchema,
  createOrganizationSchema,
  listOrganizationsQuerySchema,
  type AccreditLabInput,
  type CreateOrganizationInput,
} from '@/lib/validation/organizations';
import { toAccreditationDto, toOrganizationDto, type AccreditationDto, type OrganizationDto } from '@/lib/dto/organization';
import * as q from '@/db/queries/organizations';
import { appendEntry } from '@/lib/log/store/append-entry';

/**
 * Creates an organisation. Platform admins only. Logs `org.created` (public).
 */
export async function createOrganization(actor: Actor, input: unknown): Promise<OrganizationDto> {
  if (!can(actor, 'org.create')) throw forbidden('Only platform administrators create organisations.');
  return unsafeCreateOrganization(parseInput(createOrganizationSchema, input), actor);
}

/** No permission check: for the CLI and the demo seed, which run with direct database access. */
export async function unsafeCreateOrganization(input: CreateOrganizationInput, actor?: Actor): Promise<OrganizationDto> {
  const db = await getDb();
  const data = parseInput(createOrganizationSchema, input);
  return db.transaction(async (tx) => {
    if (await q.findOrganizationByName(tx, data.name)) throw conflict(`An organisation named "${data.name}" already exists.`);
    const row = await q.insertOrganization(tx, data);
    await appendEntry(tx, {
      type: 'org.created',
      actor,
      subject: { kind: 'organization', id: row.id },
      data: { name: row.name, kind: row.kind, country: row.country, group: row.group },
    });
    return toOrganizationDto(row);
  });
}

/** Lists organisations (labs with their accreditations). Any signed-in user. */
export async function listOrganizations(actor: Actor, query: unknown): Promise<Page<OrganizationDto>> {
  if (!can(actor, 'org.list')) throw forbidden('Not allowed.');
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
  if (!can(actor, 'org.list')) throw forbidden('Not allowed.');
  const db = await getDb();
  const row = await q.findOrganizationById(db, id);
  if (!row) throw notFound('Organisation');
  const accreditations = row.kind === 'lab' ? await q.listAccreditationsFor(db, [row.id]) : undefined;
  return toOrganizationDto(row, accreditations);
}

/** Records a lab accreditation. Platform admins only. Logs `lab.accredited` (public). */
export async function accreditLab(actor: Actor, input: unknown): Promise<AccreditationDto> {
  if (!can(actor, 'lab.accredit')) throw forbidden('Only platform administrators accredit labs.');
  return unsafeAccreditLab(parseInput(accreditLabSchema, input), actor);
}

/** No permission check: for the CLI and the demo seed. */
export async function unsafeAccreditLab(input: AccreditLabInput, actor?: Actor): Promise<AccreditationDto> {
  const data = parseInput(accreditLabSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const lab = await q.findOrganizationById(tx, data.labOrgId);
    if (!lab) throw notFound('Organisation');
    if (lab.kind !== 'lab') throw conflict(`${lab.name} is a ${lab.kind}, not a lab.`);
    const row = await q.insertAccreditation(tx, data);
    await appendEntry(tx, {
      type: 'lab.accredited',
      actor,
      subject: { kind: 'organization', id: lab.id },
      data: {
        accreditationId: row.id,
        lab: lab.name,
        body: row.body,
        standard: row.standard,
        scope: row.scope,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
      },
    });
    return toAccreditationDto(row);
  });
}
