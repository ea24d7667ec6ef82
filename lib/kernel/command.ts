import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import type { Actor } from '@/lib/authz/actor';
import type { AppendedEntry } from '@/lib/log/store/append-entry';
import type { EntryDraft } from '@/lib/log/entry-data';
import type { Effect } from './effect';

/** One log entry of a change, or one that depends on the indexes of the entries before it. */
export type CommandEntry = EntryDraft | ((appended: readonly AppendedEntry[]) => EntryDraft);

/** Who runs a command: a signed-in user, or null for the portal itself (the expiry job). */
export type Caller = Actor | null;

/** A refusal of the current state (409): what is wrong, the state it names, and any details. */
export type StateRefusal = { message: string; currentState: string; title?: string; extra?: Record<string, unknown> };

/** What every step after loading sees: who asks, the key they named, their validated body, the locked object. */
export type CommandRequest<K, I, T, A extends Caller = Actor> = { actor: A; key: K; input: I; target: T };

export type ApplyContext<K, I, T, A extends Caller = Actor> = CommandRequest<K, I, T, A> & { tx: Tx; now: Date };

/** What a command's `apply` hands back to the runner. */
export type Applied<R> = {
  /** What `readBack` turns into the caller's answer. */
  result: R;
  /**
   * The log entries of this change, appended in order as the transaction's last statements. An
   * entry that needs the index of an earlier one (a certificate naming the approval that issued
   * it) is given as a function of the entries appended before it.
   */
  entries: readonly CommandEntry[];
  /** Still inside the transaction, once the entries are appended (store a log index on a row). */
  afterLog?: (tx: Tx, appended: readonly AppendedEntry[]) => Promise<void>;
  /** Run after commit, each on its own: a failure there never undoes or fails the change. */
  effects?: readonly Effect[];
};

/**
 * One use case, declared once. `K` is the key that names the object (route parameters: an id, an
 * action), `I` the validated body, `T` the loaded object, `R` what `apply` produced, `O` the answer.
 * `runCommand` executes every command the same way:
 * parse → transaction → load (and lock) → 404 → 403 → 409 → 412 → apply → log entries → commit →
 * post-commit effects → read back.
 */
export type Command<K, I, T, R, O, A extends Caller = Actor> = {
  /** `aggregate.verb`, e.g. `certificate.suspend`: names the command in errors and effects. */
  name: string;
  /** The body as the caller sends it; unknown fields are refused (400, naming each field). */
  input: z.ZodType<I>;
  /** What a 404 calls the object: "Certificate not found." */
  subject: string;
  /**
   * Loads — and locks (`FOR UPDATE`) — the object the command acts on, inside the transaction.
   * Null or undefined answers 404 (so does a key that is not even well-formed). A command that
   * creates something loads its parent (or the caller's organisation).
   */
  load: (tx: Tx, key: K, actor: A, input: I) => Promise<T | null | undefined>;
  /** The "who sees what" predicate (lib/visibility): false answers 404, so existence does not leak. */
  isVisible?: (actor: A, target: T) => boolean;
  /** Null when the actor may do this to an object they can see; else the reason for a 403. */
  authorize: (request: CommandRequest<K, I, T, A>) => string | null;
  /** Null when the object's state allows the command; else the 409 refusal naming that state. */
  checkState?: (request: CommandRequest<K, I, T, A> & { now: Date }) => StateRefusal | null;
  /** The object's current entity tag (without quotes), checked against `If-Match` (412). */
  entityTag?: (target: T) => string;
  /** The change itself, on the locked object; throws a ServiceError for refusals found only here. */
  apply: (ctx: ApplyContext<K, I, T, A>) => Promise<Applied<R>>;
  /** The answer, read after commit (and after the effects) with the caller's own visibility. */
  readBack: (actor: A, result: R, appended: readonly AppendedEntry[], db: Db) => Promise<O>;
};

/** Declares a command; the identity function, there for type inference. */
export function defineCommand<K, I, T, R, O, A extends Caller = Actor>(command: Command<K, I, T, R, O, A>): Command<K, I, T, R, O, A> {
  return command;
}
