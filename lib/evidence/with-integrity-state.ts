import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import type { EvidenceIntegrityDto } from './evidence-integrity-dto';
import { findIntegrityStates } from './integrity-events';

type WithIntegrity<T> = T & { integrity?: EvidenceIntegrityDto };

/**
 * Adds `integrity` (ok / damaged / missing, see EvidenceIntegrityDto) to evidence DTOs for
 * regulators, who decide on evidence and must know when its stored bytes can no longer be
 * trusted; everyone else gets the DTOs unchanged.
 */
export async function withIntegrityState<T extends { sha256: string }>(actor: Actor, items: T[]): Promise<WithIntegrity<T>[]> {
  if (actor.orgKind !== 'regulator' || items.length === 0) return items;
  const states = await findIntegrityStates(await getDb(), items.map((item) => item.sha256));
  return items.map((item) => ({ ...item, integrity: states.get(item.sha256) }));
}

/** {@link withIntegrityState} for one DTO. */
export async function withIntegrityStateOf<T extends { sha256: string }>(actor: Actor, item: T): Promise<WithIntegrity<T>> {
  const [annotated] = await withIntegrityState(actor, [item]);
  return annotated;
}
