import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { Caller } from '@/lib/kernel/command';

/**
 * Whether the caller may add people to organisation `orgId`: its own admins, platform admins for
 * any organisation, and the CLI or the demo seed (null). Anyone else is told the organisation is
 * not found.
 */
export function canAddMembersTo(caller: Caller, orgId: string): boolean {
  return caller === null || caller.isPlatformAdmin || (can(caller, 'members.manage') && caller.orgId === orgId);
}

/** Only platform administrators (or the CLI and the demo seed) create platform administrators. */
export function platformAdminGrantDenial(caller: Caller, input: { isPlatformAdmin?: boolean }): string | null {
  return input.isPlatformAdmin && caller !== null && !caller.isPlatformAdmin ? 'Only platform administrators grant that flag.' : null;
}

/** Members of other organisations do not exist for the caller (404). */
export function isMemberOfOwnOrg(actor: Actor, member: { orgId: string }): boolean {
  return member.orgId === actor.orgId;
}

/** Null when the actor may change roles and enabled flags in their organisation (its admins); else the 403 reason. */
export function memberManageDenial(actor: Actor): string | null {
  return can(actor, 'members.manage') ? null : 'Only organisation admins manage members.';
}

/** Listing one's own organisation's members. */
export function memberListDenial(actor: Actor): string | null {
  return can(actor, 'members.list') ? null : 'Not allowed.';
}

/** An admin cannot change their own role or disable themselves: another admin has to (409). */
export const SELF_CHANGE_REFUSAL = 'You cannot change your own role or disable yourself; ask another admin.';
