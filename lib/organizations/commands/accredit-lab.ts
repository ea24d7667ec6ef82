import 'server-only';
import * as q from '@/db/queries/organizations';
import type { Actor } from '@/lib/authz/actor';
import { toAccreditationDto, type AccreditationDto } from '@/lib/dto/organization';
import { conflict } from '@/lib/errors';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { accreditLabSchema, type AccreditLabInput } from '@/lib/validation/organizations';
import { accreditationDenial } from '../organization-rules';

/**
 * Records a lab accreditation (body, standard, scope of network functions, validity). Platform
 * admins only (403); the caller is null for the CLI and the demo seed. Unknown organisation: 404;
 * not a lab: 409. Logs `lab.accredited` (public) about the lab.
 */
export const accreditLabCommand = defineCommand({
  name: 'organization.accredit_lab',
  subject: 'Organisation',
  input: accreditLabSchema,
  load: (tx, _key: null, _caller: Caller, input) => q.findOrganizationById(tx, input.labOrgId),
  authorize: ({ actor }) => accreditationDenial(actor),
  async apply({ tx, input, target: lab }) {
    if (lab.kind !== 'lab') throw conflict(`${lab.name} is a ${lab.kind}, not a lab.`);
    const row = await q.insertAccreditation(tx, input);
    return {
      result: row,
      entries: [
        {
          type: 'lab.accredited',
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
        },
      ],
    };
  },
  readBack: async (_caller, row) => toAccreditationDto(row),
});

/** Fires {@link accreditLabCommand} for a signed-in platform admin. */
export function accreditLab(actor: Actor, input: unknown): Promise<AccreditationDto> {
  return runCommand(accreditLabCommand, actor, null, input);
}

/** {@link accreditLabCommand} with no caller (no permission check, logged without an actor): for the CLI and the demo seed. */
export function unsafeAccreditLab(input: AccreditLabInput): Promise<AccreditationDto> {
  return runCommand(accreditLabCommand, null, null, input);
}
