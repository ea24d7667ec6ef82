import 'server-only';
import * as q from '@/db/queries/advisories';
import type { Actor } from '@/lib/authz/actor';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { configureFeedSchema } from '@/lib/validation/advisories';
import { toFeedDto, type FeedDto } from '../feed-dto';

/**
 * A regulator configures a CSAF provider by the URL of its provider-metadata.json; the scheduled
 * pull (and `advisories pull`) fetches it. Others 403; a URL already configured 409. Logs
 * `advisory.feed_configured`.
 */
export const configureFeedCommand = defineCommand({
  name: 'advisory.configure_feed',
  subject: 'Feed',
  input: configureFeedSchema,
  load: async (tx, _key: null, _actor, input) => ({ existing: await q.findFeedByUrl(tx, input.url) }),
  authorize: ({ actor }) => (actor.orgKind === 'regulator' ? null : 'Only regulators configure advisory feeds.'),
  checkState: ({ target }) => (target.existing ? { message: 'This provider is already configured.', currentState: 'configured' } : null),
  async apply({ tx, actor, input, now }) {
    const row = await q.insertFeed(tx, { url: input.url, createdBy: actor.userId, orgId: actor.orgId, createdAt: now });
    return { result: row, entries: [{ type: 'advisory.feed_configured', subject: { kind: 'advisory_feed', id: row.id }, data: { url: row.url } }] };
  },
  readBack: async (_actor, row) => toFeedDto(row),
});

/** Fires {@link configureFeedCommand}. */
export function configureFeed(actor: Actor, input: unknown): Promise<FeedDto> {
  return runCommand(configureFeedCommand, actor, null, input);
}
