import type { Actor } from '@/lib/authz/actor';
import type { WorkflowActorKind } from '@/lib/workflow/actor-kinds';

/** The role an organisation plays in the submission workflow; operators play none. */
export function workflowActorKind(actor: Pick<Actor, 'orgKind'>): WorkflowActorKind | null {
  return actor.orgKind === 'operator' ? null : actor.orgKind;
}
