import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { Caller } from '@/lib/kernel/command';

/** Null when the caller may create organisations (platform admins; null is the CLI or the demo seed); else the 403 reason. */
export function organizationCreateDenial(caller: Caller): string | null {
  return caller === null || can(caller, 'org.create') ? null : 'Only platform administrators create organisations.';
}

/** Null when the caller may record lab accreditations (platform admins; null is the CLI or the demo seed); else the 403 reason. */
export function accreditationDenial(caller: Caller): string | null {
  return caller === null || can(caller, 'lab.accredit') ? null : 'Only platform administrators accredit labs.';
}

/** Organisations are not secret: any signed-in user may list and read them. */
export function organizationReadDenial(actor: Actor): string | null {
  return can(actor, 'org.list') ? null : 'Not allowed.';
}
