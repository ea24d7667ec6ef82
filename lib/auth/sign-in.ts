import 'server-only';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { tooManyRequests } from '@/lib/errors';
import { runCommand } from '@/lib/kernel/run-command';
import { signInSchema } from '@/lib/validation/users';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import * as q from '@/db/queries/users';
import { createSessionCommand, recordSignInFailureCommand, revokeSessionCommand, SESSION_MAX_AGE_SECONDS } from './commands/session-commands';

export { SESSION_MAX_AGE_SECONDS };
export const INVALID_CREDENTIALS = 'The email or password is not correct.';

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; message: string };

/**
 * Checks an email and password, throttled per account and per client address.
 * Unknown email and wrong password answer the same, in the same time.
 * On success a server-side session is created; signing out revokes it.
 */
export async function signInWithPassword(input: unknown, address: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_CREDENTIALS };
  const { email, password } = parsed.data;
  const db = await getDb();
  const { login } = config();
  const now = new Date();
  const since = new Date(now.getTime() - login.windowMinutes * 60_000);
  const failures = await q.countRecentFailures(db, { email, address, since });
  if (failures.byEmail >= login.maxFailuresPerAccount || failures.byAddress >= login.maxFailuresPerAddress) {
    await verifyAgainstDummy(password);
    throw tooManyRequests(
      `Too many failed sign-in attempts. Wait ${login.windowMinutes} minutes and try again.`,
      login.windowMinutes * 60,
    );
  }
  const user = await q.findUserByEmail(db, email);
  const isValid = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
  if (!user || !isValid || !user.isEnabled) {
    await runCommand(recordSignInFailureCommand, null, { email, address }, {});
    return { ok: false, message: INVALID_CREDENTIALS };
  }
  const sessionId = await runCommand(createSessionCommand, null, { email, address, userId: user.id }, {});
  return { ok: true, userId: user.id, sessionId };
}

/** Ends a server-side session so its cookie stops working at once. */
export async function signOutSession(sessionId: string): Promise<void> {
  await runCommand(revokeSessionCommand, null, sessionId, {});
}
