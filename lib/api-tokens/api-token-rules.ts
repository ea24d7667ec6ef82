import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import type { Caller } from '@/lib/kernel/command';

/** Null when the caller may create a token for themself (the CLI, null, for anyone); else the 403 reason. */
export function tokenCreateDenial(caller: Caller): string | null {
  return caller === null || can(caller, 'token.manage-own') ? null : 'Not allowed.';
}

/** Tokens are personal: anyone else's token does not exist for the caller (404). */
export function isOwnToken(actor: Actor, token: { userId: string }): boolean {
  return token.userId === actor.userId;
}
