import 'server-only';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/authz/actor';
import { getActor } from '@/lib/auth/get-actor';
import { signInPath } from './safe-callback-url';

/**
 * The signed-in caller for a portal page, or a redirect to sign-in that comes back to `path`.
 * Pages call this themselves: layouts and pages render independently, so the layout's check protects nothing.
 */
export async function requirePageActor(path: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(path));
  return actor;
}
