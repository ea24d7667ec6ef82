import 'server-only';
import { getDb } from '@/lib/db';
import { forbidden, notFound, preconditionFailed, ServiceError } from '@/lib/errors';
import { ifMatchHolds, type IfMatch } from '@/lib/http/if-match';
import type { Executor } from '@/db/client';
import { appendEntries, type AppendedEntry } from '@/lib/log/store/append-entry';
import type { EntryDraft } from '@/lib/log/entry-data';
import { parseInput } from '@/lib/validation/parse';
import type { Caller, Command, CommandEntry } from './command';
import { runEffects } from './effect';

export type RunOptions = {
  /** The caller's `If-Match` (or the version their form showed): 412 when it no longer holds. */
  ifMatch?: IfMatch;
  /** The time of the change (entries, `now` in checkState and apply); the current time unless a job runs on its own clock. */
  now?: Date;
};

/**
 * Executes one command, the same way for every use case:
 * parse (400) → transaction → load and lock (404) → visible? (404) → authorised? (403) →
 * state allows it? (409) → `If-Match` holds? (412) → apply → log entries (the transaction's last
 * statements) → commit → post-commit effects → read back.
 * A refusal at any step changes nothing and writes no log entry.
 */
export async function runCommand<K, I, T, R, O, A extends Caller>(
  command: Command<K, I, T, R, O, A>,
  actor: A,
  key: K,
  body: unknown,
  options: RunOptions = {},
): Promise<O> {
  const input = parseInput(command.input, body ?? {});
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const target = await command.load(tx, key, actor, input);
    if (target === null || target === undefined) throw notFound(command.subject);
    if (command.isVisible && !command.isVisible(actor, target)) throw notFound(command.subject);
    const request = { actor, key, input, target };
    const denial = command.authorize(request);
    if (denial !== null) throw forbidden(denial);
    const now = options.now ?? new Date();
    const refusal = command.checkState?.({ ...request, now });
    if (refusal) {
      throw new ServiceError(409, refusal.title ?? 'Conflict', refusal.message, { currentState: refusal.currentState, ...refusal.extra });
    }
    if (options.ifMatch !== undefined) {
      if (!command.entityTag) throw new Error(`${command.name} has no entity tag, so it cannot take If-Match`);
      const current = command.entityTag(target);
      if (!ifMatchHolds(options.ifMatch, current)) throw stale(current);
    }
    const applied = await command.apply({ ...request, tx, now });
    const appended = await appendInOrder(tx, applied.entries, actor, now);
    await applied.afterLog?.(tx, appended);
    return { result: applied.result, appended, effects: applied.effects ?? [] };
  });
  await runEffects(db, outcome.effects, command.name);
  return command.readBack(actor, outcome.result, outcome.appended, db);
}

function stale(current: string): ServiceError {
  if (/^\d{1,15}$/.test(current)) return preconditionFailed(Number(current));
  return new ServiceError(412, 'Precondition failed', 'The object changed since you read it; reload and retry.', { currentEntityTag: `"${current}"` });
}

/**
 * Appends a change's entries in order, each run of ready drafts in one round trip; an entry given as
 * a function of the ones before it waits for them.
 */
async function appendInOrder(tx: Executor, entries: readonly CommandEntry[], actor: Caller, now: Date): Promise<AppendedEntry[]> {
  const appended: AppendedEntry[] = [];
  let ready: EntryDraft[] = [];
  const flush = async () => {
    appended.push(...(await appendEntries(tx, ready.map((draft) => ({ ...draft, actor: draft.actor === undefined ? actor : draft.actor, now })))));
    ready = [];
  };
  for (const item of entries) {
    if (typeof item === 'function') {
      await flush();
      ready.push(item(appended));
    } else {
      ready.push(item);
    }
  }
  await flush();
  return appended;
}
