import type { OrgKind } from '@/lib/authz/actor';

/** Operators follow network functions: they buy and deploy them, and must hear when a certificate for one changes. */
export function canFollowNetworkFunctions(orgKind: OrgKind): boolean {
  return orgKind === 'operator';
}
