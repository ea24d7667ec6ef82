import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import * as q from '@/db/queries/getting-started';
import { checklistSteps, type ChecklistStep } from './checklist-steps';

/** The caller's first-visit checklist, from their organisation's real state. Any signed-in user; logs nothing. */
export async function getChecklist(actor: Actor, now = new Date()): Promise<ChecklistStep[]> {
  const db = await getDb();
  switch (actor.orgKind) {
    case 'vendor':
      return checklistSteps('vendor', await q.vendorProgress(db, actor.orgId));
    case 'lab':
      return checklistSteps('lab', await q.labProgress(db, actor.orgId, now.toISOString().slice(0, 10)));
    case 'regulator':
      return checklistSteps('regulator', await q.regulatorProgress(db, actor.orgId));
    case 'operator':
      return checklistSteps('operator', await q.operatorProgress(db, actor.orgId, actor.userId));
  }
}
