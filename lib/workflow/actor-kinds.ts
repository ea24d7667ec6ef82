/** Organisation kinds that can fire workflow actions. Operators and the public never can. */
export const WORKFLOW_ACTOR_KINDS = ['vendor', 'lab', 'regulator'] as const;

/** An organisation kind that can fire workflow actions. */
export type WorkflowActorKind = (typeof WORKFLOW_ACTOR_KINDS)[number];
