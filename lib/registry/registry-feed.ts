import 'server-only';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { buildAtomFeed, type AtomEntry } from '@/lib/registry/atom';
import {
  CERTIFICATE_EVENT_LABELS,
  certificateEventOf,
  isCertificateEventType,
} from '@/lib/registry/certificate-events';
import { certificatePath, logEntryPath } from '@/lib/registry/registry-links';
import { parseInput } from '@/lib/validation/parse';
import { REGISTRY_FEED_SIZE, registryFilterSchema, type RegistryFilterQuery } from '@/lib/validation/registry';
import { CERTIFICATE_STATUS_DISPLAY } from '@/lib/workflow/certificate-status-display';
import { selectRegistryFeedRows } from '@/db/queries/registry';
import { toRegistryFilters, withoutEmptyValues } from './read-registry';
import { toRegistryItem } from './registry-dto';

// The date in the tag: URIs (RFC 4151) of feed and entry ids; fixed forever so ids never change.
const TAG_DATE = '2025';

/** The filters as a canonical query string (fixed key order), for the feed's id and links. */
function canonicalQuery(params: RegistryFilterQuery): string {
  const search = new URLSearchParams();
  for (const key of ['q', 'status', 'networkFunction', 'segment', 'vendor', 'lab'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function entryReason(text: string): string | null {
  try {
    const reason = (JSON.parse(text) as { data?: { reason?: unknown } }).data?.reason;
    return typeof reason === 'string' && reason ? reason : null;
  } catch {
    return null;
  }
}

function entryAt(text: string, fallback: string): string {
  try {
    const at = (JSON.parse(text) as { at?: unknown }).at;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return new Date(at).toISOString();
  } catch {}
  return fallback;
}

/**
 * An Atom 1.0 feed of the latest {@link REGISTRY_FEED_SIZE} certificate events in the log (issued,
 * suspended, reinstated, revoked, expired) whose certificate matches the registry filters (anyone;
 * logs nothing). Each entry links to the certificate page and to its log entry and names its log
 * index. Bad parameters: 400.
 */
export async function getRegistryAtomFeed(query: unknown): Promise<string> {
  const params = parseInput(registryFilterSchema, withoutEmptyValues(query));
  const now = new Date();
  const rows = await selectRegistryFeedRows(await getDb(), toRegistryFilters(params), now, REGISTRY_FEED_SIZE);
  const siteUrl = config().siteUrl.replace(/\/$/, '');
  const host = new URL(siteUrl).hostname;
  const filters = canonicalQuery(params);
  const entries: AtomEntry[] = rows.flatMap((row) => {
    if (!isCertificateEventType(row.type)) return [];
    const item = toRegistryItem(row);
    const index = Number(row.logIndex);
    const label = CERTIFICATE_EVENT_LABELS[certificateEventOf(row.type)];
    const reason = entryReason(row.entry);
    const product = [item.product, item.model ? `(${item.model})` : null, item.version].filter(Boolean).join(' ');
    const content = [
      `${label}: ${product} by ${item.vendor.name}.`,
      `${item.networkFunction}, ${item.segment} segment; evaluated by ${item.lab.name} under ${item.scheme}.`,
      reason ? `Reason: ${reason}` : null,
      `Status now: ${CERTIFICATE_STATUS_DISPLAY[item.status].label}${item.underReview ? ' (under review)' : ''}; expires ${item.expiresAt}.`,
      `Transparency log index ${index}: ${siteUrl}${logEntryPath(index)}`,
    ]
      .filter(Boolean)
      .join('\n');
    return [
      {
        id: `tag:${host},${TAG_DATE}:trustledger/log/${index}`,
        title: `${label}: ${item.product} ${item.version} (${item.vendor.name})`,
        updated: entryAt(row.entry, row.loggedAt),
        links: [
          { rel: 'alternate', type: 'text/html', href: `${siteUrl}${certificatePath(item.id)}` },
          { rel: 'related', type: 'text/html', href: `${siteUrl}${logEntryPath(index)}`, title: `Log entry ${index}` },
        ],
        categories: [row.type],
        content,
      },
    ];
  });
  return buildAtomFeed({
    id: `tag:${host},${TAG_DATE}:trustledger/registry/feed${filters}`,
    title: filters ? 'Trustledger certificate events (filtered)' : 'Trustledger certificate events',
    subtitle: 'Certificates issued, suspended, reinstated, revoked and expired, as recorded in the transparency log.',
    updated: entries[0]?.updated ?? now.toISOString(),
    selfUrl: `${siteUrl}/api/v1/registry/feed.atom${filters}`,
    alternateUrl: `${siteUrl}/${filters}`,
    author: 'Trustledger',
    generator: 'Trustledger',
    entries,
  });
}
