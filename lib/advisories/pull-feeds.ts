import 'server-only';
import crypto from 'node:crypto';
import type { Db } from '@/db/client';
import * as q from '@/db/queries/advisories';
import { importAdvisoryCollection, type CollectionDocument } from './commands/import-advisory-collection';
import { FetchRefused, fetchLimited } from './fetch-limited';
import { MAX_ADVISORY_BYTES } from './parse-advisory';

const TIMEOUT_MS = 15_000;
const MAX_INDEX_BYTES = 8 * 1024 * 1024;
const MAX_DOCUMENTS_PER_FEED = 5_000;

export type FeedPullReport = { url: string; imported: number; unchanged: number; failed: { url: string; reason: string }[] };

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function parseJson(body: Buffer, what: string): Json {
  try {
    const value = asObject(JSON.parse(body.toString('utf8')));
    if (value) return value;
  } catch {}
  throw new FetchRefused(`${what} is not a JSON object`);
}

/** `distributions[].rolie.feeds[].url` of a CSAF provider-metadata.json. */
export function rolieFeedUrls(metadata: Json): string[] {
  return asArray(metadata.distributions).flatMap((d) => asArray(asObject(asObject(d)?.rolie)?.feeds).flatMap((f) => {
    const url = asObject(f)?.url;
    return typeof url === 'string' ? [url] : [];
  }));
}

/** The document URLs of a ROLIE feed: each entry's `content.src`, else its `self` link. */
export function rolieDocumentUrls(feed: Json, base: string): string[] {
  const entries = asArray(asObject(feed.feed)?.entry);
  return entries.flatMap((e) => {
    const entry = asObject(e);
    const src = asObject(entry?.content)?.src;
    const self = asArray(entry?.link).map(asObject).find((l) => l?.rel === 'self')?.href;
    const href = typeof src === 'string' ? src : typeof self === 'string' ? self : null;
    return href ? [new URL(href, base).href] : [];
  });
}

/** The hex digest of a `.sha512` / `.sha256` file (`<hex>  <filename>`, as CSAF §7.1.18 writes them). */
function digestOf(file: Buffer, hexLength: number): string | null {
  const first = file.toString('utf8').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return new RegExp(`^[0-9a-f]{${hexLength}}$`).test(first) ? first : null;
}

async function checkHashes(url: string, body: Buffer): Promise<void> {
  const sha512 = await fetchLimited(`${url}.sha512`, { maxBytes: 4096, timeoutMs: TIMEOUT_MS });
  if (sha512.status !== 'ok') throw new FetchRefused(`${url}.sha512 is missing`);
  if (digestOf(sha512.body, 128) !== crypto.createHash('sha512').update(body).digest('hex')) throw new FetchRefused(`${url} does not match its .sha512`);
  const sha256 = await fetchLimited(`${url}.sha256`, { maxBytes: 4096, timeoutMs: TIMEOUT_MS });
  if (sha256.status === 'ok' && digestOf(sha256.body, 64) !== crypto.createHash('sha256').update(body).digest('hex')) {
    throw new FetchRefused(`${url} does not match its .sha256`);
  }
}

/**
 * One document of a feed: conditional GET, hash files checked. Null when unchanged since the last
 * pull; otherwise the document to import, whose validators are saved once it is stored.
 */
async function fetchDocument(db: Db, url: string): Promise<CollectionDocument | null> {
  const cached = await q.findFetchValidators(db, url);
  const fetched = await fetchLimited(url, { maxBytes: MAX_ADVISORY_BYTES, timeoutMs: TIMEOUT_MS, validators: cached });
  if (fetched.status === 'not_modified') return null;
  if (fetched.status === 'missing') throw new FetchRefused(`${url}: not found`);
  await checkHashes(url, fetched.body);
  return { name: url, bytes: fetched.body, onStored: () => q.saveFetchValidators(db, url, { ...fetched.validators, fetchedAt: new Date() }) };
}

/** The feeds' documents, fetched one at a time; those that cannot be fetched or fail their hashes are reported and skipped. */
async function* feedDocuments(db: Db, metadataUrl: string, feeds: readonly string[], report: FeedPullReport): AsyncGenerator<CollectionDocument> {
  for (const feedUrl of feeds) {
    const rolie = await fetchLimited(new URL(feedUrl, metadataUrl).href, { maxBytes: MAX_INDEX_BYTES, timeoutMs: TIMEOUT_MS });
    if (rolie.status !== 'ok') {
      report.failed.push({ url: feedUrl, reason: 'feed not found' });
      continue;
    }
    for (const url of rolieDocumentUrls(parseJson(rolie.body, feedUrl), rolie.url).slice(0, MAX_DOCUMENTS_PER_FEED)) {
      try {
        const document = await fetchDocument(db, url);
        if (document) yield document;
        else report.unchanged++;
      } catch (e) {
        if (!(e instanceof FetchRefused)) throw e;
        report.failed.push({ url, reason: e.message });
      }
    }
  }
}

/**
 * Pulls one CSAF provider: provider-metadata.json → its ROLIE feeds → each entry's document, the
 * `.sha512` (and `.sha256` when there is one) checked before import, conditional requests with the
 * validators stored per URL (saved once the document is stored). A document that fails is reported
 * and the others still import.
 */
export async function pullFeed(db: Db, feed: q.AdvisoryFeedRow): Promise<FeedPullReport> {
  const report: FeedPullReport = { url: feed.url, imported: 0, unchanged: 0, failed: [] };
  let error: string | null = null;
  try {
    const metadata = await fetchLimited(feed.url, { maxBytes: MAX_INDEX_BYTES, timeoutMs: TIMEOUT_MS });
    if (metadata.status !== 'ok') throw new FetchRefused(`${feed.url}: not found`);
    const feeds = rolieFeedUrls(parseJson(metadata.body, 'provider-metadata.json'));
    if (feeds.length === 0) throw new FetchRefused('provider-metadata.json names no ROLIE feed (distributions[].rolie.feeds[].url)');
    // Stored as a collection: many documents per transaction, each hashed, stored and logged as one import.
    const outcome = await importAdvisoryCollection(null, feedDocuments(db, metadata.url, feeds, report), { source: 'feed' });
    report.imported += outcome.imported;
    report.unchanged += outcome.unchanged;
    for (const r of outcome.refused) report.failed.push({ url: r.name, reason: `refused: ${r.reasons.join('; ')}` });
  } catch (e) {
    if (!(e instanceof FetchRefused)) throw e;
    error = e.message;
    report.failed.push({ url: feed.url, reason: e.message });
  }
  await q.recordFeedPull(db, feed.id, { lastPulledAt: new Date(), lastError: error ?? (report.failed[0]?.reason ?? null) });
  return report;
}

/** Pulls every configured provider in turn (the scheduled job, the CLI, the regulators' "pull now"). */
export async function pullAllFeeds(db: Db): Promise<FeedPullReport[]> {
  const reports: FeedPullReport[] = [];
  for (const feed of await q.listFeedRows(db)) reports.push(await pullFeed(db, feed));
  return reports;
}
