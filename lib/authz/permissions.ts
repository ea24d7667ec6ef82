import type { Actor, OrgKind } from './actor';

type Rule = { kinds: readonly OrgKind[] | 'any'; orgAdmin?: boolean; platformAdmin?: boolean };

/**
 * Who may attempt what, decided from the caller's org kind, org role and platform flag.
 * Relationship to the object (own org, assigned lab) is checked by the services on top; who may
 * fire a workflow action is the transition table's (lib/workflow), who sees what lib/visibility's.
 * Isomorphic: the UI uses it to show exactly the controls the server accepts. Every entry is used
 * (test/unit/authz/permissions.test.ts).
 */
export const permissions = {
  'org.create': { kinds: 'any', platformAdmin: true },
  'org.list': { kinds: 'any' },
  'lab.accredit': { kinds: 'any', platformAdmin: true },
  'members.manage': { kinds: 'any', orgAdmin: true },
  'members.list': { kinds: 'any' },
  'token.manage-own': { kinds: 'any' },
  'product.create': { kinds: ['vendor'] },
  'submission.create': { kinds: ['vendor'] },
  'assignment.respond': { kinds: ['lab'] },
  'results.record': { kinds: ['lab'] },
  'review.queue': { kinds: ['regulator'] },
  'certificate.manage': { kinds: ['regulator'] },
  'operator.decide': { kinds: ['operator'] },
  'deployments.manage': { kinds: ['operator'] },
  'diversity.view': { kinds: ['operator', 'regulator'] },
  'vulnerability.report': { kinds: ['vendor', 'lab', 'operator', 'regulator'] },
  'portal-settings.manage': { kinds: ['regulator'] },
  'components.search': { kinds: ['vendor', 'lab', 'regulator', 'operator'] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;

type ActorLike = Pick<Actor, 'orgKind' | 'orgRole' | 'isPlatformAdmin'>;

/** True when the caller's kind and roles allow the action at all. */
export function can(actor: ActorLike | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const rule: Rule = permissions[permission];
  if (rule.platformAdmin && !actor.isPlatformAdmin) return false;
  if (rule.orgAdmin && actor.orgRole !== 'admin') return false;
  return rule.kinds === 'any' || rule.kinds.includes(actor.orgKind);
}
