import type { Actor } from '@/lib/authz/actor';

export type MeDto = {
  user: { id: string; email: string; name: string; isPlatformAdmin: boolean };
  org: { id: string; name: string; kind: Actor['orgKind'] };
  role: Actor['orgRole'];
};

export function toMeDto(actor: Actor): MeDto {
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, isPlatformAdmin: actor.isPlatformAdmin },
    org: { id: actor.orgId, name: actor.orgName, kind: actor.orgKind },
    role: actor.orgRole,
  };
}
