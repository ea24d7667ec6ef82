import 'server-only';
import { findOrganizationById } from '@/db/queries/organizations';
import * as q from '@/db/queries/users';
import type { Actor } from '@/lib/authz/actor';
import { hashPassword } from '@/lib/auth/password';
import { conflict } from '@/lib/errors';
import { defineCommand, type Caller } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { isUuid } from '@/lib/validation/uuid';
import { createUserSchema, type CreateUserInput } from '@/lib/validation/users';
import { toMemberDto, type MemberDto } from '../member-dto';
import { canAddMembersTo, platformAdminGrantDenial } from '../member-rules';

/**
 * Adds a person to an organisation, with an argon2id hash of their initial password. Org admins add
 * to their own organisation, platform admins to any (anyone else: 404); only platform admins create
 * platform admins (403). The caller is null for the CLI and the demo seed. Email taken: 409. Users
 * are not logged (no entry).
 */
export const createMemberCommand = defineCommand({
  name: 'member.create',
  subject: 'Organisation',
  input: createUserSchema,
  load: (tx, orgId: string, _caller: Caller) => (isUuid(orgId) ? findOrganizationById(tx, orgId) : Promise.resolve(null)),
  isVisible: (caller, org) => canAddMembersTo(caller, org.id),
  authorize: ({ actor, input }) => platformAdminGrantDenial(actor, input),
  async apply({ tx, input, target: org }) {
    const taken = () => conflict(`A user with the email ${input.email} already exists.`);
    if (await q.findUserByEmail(tx, input.email)) throw taken();
    const passwordHash = await hashPassword(input.password);
    try {
      const row = await q.insertUser(tx, {
        email: input.email,
        name: input.name,
        passwordHash,
        orgId: org.id,
        role: input.role,
        isPlatformAdmin: input.isPlatformAdmin,
      });
      return { result: row, entries: [] };
    } catch (error) {
      // Someone else took the email between the check and the insert.
      if ((error as { code?: string }).code === '23505') throw taken();
      throw error;
    }
  },
  readBack: async (_caller, row) => toMemberDto(row),
});

/** Fires {@link createMemberCommand} for a signed-in org admin or platform admin. */
export function createMember(actor: Actor, orgId: string, input: unknown): Promise<MemberDto> {
  return runCommand(createMemberCommand, actor, orgId, input);
}

/** {@link createMemberCommand} with no caller (no permission check): for the CLI and the demo seed. */
export function unsafeCreateUser(orgId: string, input: CreateUserInput): Promise<MemberDto> {
  return runCommand(createMemberCommand, null, orgId, input);
}
