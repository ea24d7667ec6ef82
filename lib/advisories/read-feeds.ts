import 'server-only';
import * as q from '@/db/queries/advisories';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import { toFeedDto, type FeedDto } from './feed-dto';
import { pullAllFeeds, type FeedPullReport } from './pull-feeds';

const regulatorsOnly = (actor: Actor) => {
  if (actor.orgKind !== 'regulator') throw forbidden('Advisory feeds are the regulators’.');
};

/** The configured CSAF providers (regulators). */
export async function listFeeds(actor: Actor): Promise<{ items: FeedDto[] }> {
  regulatorsOnly(actor);
  return { items: (await q.listFeedRows(await getDb())).map(toFeedDto) };
}

/** Pulls every configured provider now (regulators); the documents are imported by the portal itself. */
export async function pullFeedsNow(actor: Actor): Promise<{ feeds: FeedPullReport[] }> {
  regulatorsOnly(actor);
  return { feeds: await pullAllFeeds(await getDb()) };
}
