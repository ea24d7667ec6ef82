import 'server-only';
import * as q from '@/db/queries/organizations';
import type { Actor } from '@/lib/authz/actor';
import { toOrganizationDto, type OrganizationDto } from '@/lib/dto/organization';
import { conflict } from '@/lib/errors';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { createOrganizationSchema, type CreateOrganizationInput } from '@/lib/validation/organizations';
import { organizationCreateDenial } from '../organization-rules';

/**
 * Creates an organisation. Platform admins only (403); the caller is null for the CLI and the demo
 * seed, which run with direct database access. A name already taken (case-insensitive): 409. Logs
 * `org.created` (public) with name, kind, country and group.
 */
export const createOrganizationCommand = defineCommand({
  name: 'organization.create',
  subject: 'Organisation',
  input: createOrganizationSchema,
  // Nothing to lock: what the change depends on is whether the name is taken.
  load: async (tx, _key: null, _caller: Caller, input) => ({ sameName: await q.findOrganizationByName(tx, input.name) }),
  authorize: ({ actor }) => organizationCreateDenial(actor),
  async apply({ tx, input, target }) {
    if (target.sameName) throw conflict(`An organisation named "${input.name}" already exists.`);
    const row = await q.insertOrganization(tx, input);
    return {
      result: row,
      entries: [
        {
          type: 'org.created',
          subject: { kind: 'organization', id: row.id },
          data: { name: row.name, kind: row.kind, country: row.country, group: row.group },
        },
      ],
    };
  },
  readBack: async (_caller, row) => toOrganizationDto(row),
});

/** Fires {@link createOrganizationCommand} for a signed-in platform admin. */
export function createOrganization(actor: Actor, input: unknown): Promise<OrganizationDto> {
  return runCommand(createOrganizationCommand, actor, null, input);
}

/** {@link createOrganizationCommand} with no caller (no permission check, logged without an actor): for the CLI and the demo seed. */
export function unsafeCreateOrganization(input: CreateOrganizationInput): Promise<OrganizationDto> {
  return runCommand(createOrganizationCommand, null, null, input);
}
