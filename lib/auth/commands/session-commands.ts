import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import * as q from '@/db/queries/users';
import { defineCommand } from '@/lib/kernel/command';

/** Server-side sessions last this long; the cookie carries only the session id. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const noBody = z.strictObject({});

type Attempt = { email: string; address: string | null };

/**
 * A failed sign-in (unknown email, wrong password or disabled user), counted by the throttle per
 * account and per client address. Run by the portal itself (caller null); not logged.
 */
export const recordSignInFailureCommand = defineCommand({
  name: 'sign_in.record_failure',
  subject: 'Sign-in attempt',
  input: noBody,
  load: async (_tx, attempt: Attempt, _caller: null) => attempt,
  authorize: () => null,
  async apply({ tx, target }) {
    await q.insertLoginAttempt(tx, { email: target.email, address: target.address, succeeded: false });
    return { result: undefined, entries: [] };
  },
  readBack: async () => undefined,
});

/**
 * A successful sign-in: the attempt is recorded and a server-side session of
 * {@link SESSION_MAX_AGE_SECONDS} created; the answer is its new random id. Caller null; not logged.
 */
export const createSessionCommand = defineCommand({
  name: 'session.create',
  subject: 'User',
  input: noBody,
  load: async (_tx, attempt: Attempt & { userId: string }, _caller: null) => attempt,
  authorize: () => null,
  async apply({ tx, target, now }) {
    const sessionId = crypto.randomBytes(32).toString('base64url');
    await q.insertLoginAttempt(tx, { email: target.email, address: target.address, succeeded: true });
    await q.insertSession(tx, {
      id: sessionId,
      userId: target.userId,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    });
    return { result: sessionId, entries: [] };
  },
  readBack: async (_caller, sessionId) => sessionId,
});

/** Signing out: the session stops working at once (an unknown or revoked id changes nothing). Caller null; not logged. */
export const revokeSessionCommand = defineCommand({
  name: 'session.revoke',
  subject: 'Session',
  input: noBody,
  load: async (_tx, sessionId: string, _caller: null) => ({ sessionId }),
  authorize: () => null,
  async apply({ tx, target, now }) {
    await q.revokeSession(tx, target.sessionId, now);
    return { result: undefined, entries: [] };
  },
  readBack: async () => undefined,
});
