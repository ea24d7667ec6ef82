import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';

/** Whether the actor sees diversity policy at all (operators and regulators); vendors and labs get 404. */
export const seesDiversityPolicy = (actor: Actor) => can(actor, 'diversity.view');

/** The 403 reason when the actor may not change the diversity policy (regulators only), else null. */
export const diversityPolicyDenial = (actor: Actor) =>
  can(actor, 'diversity.policy') ? null : 'Only regulators set concentration thresholds and phase-out dates.';
