import 'server-only';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { csvLine } from '@/lib/registry/csv';
import { certificatePath } from '@/lib/registry/registry-links';
import { parseInput } from '@/lib/validation/parse';
import { DEFAULT_SORT_DIRECTION, REGISTRY_EXPORT_MAX_ROWS, registryExportQuerySchema } from '@/lib/validation/registry';
import { countRegistry, selectRegistryRows, type RegistryKeyset } from '@/db/queries/registry';
import { isFilterFirst, toRegistryFilters, withoutEmptyValues } from './read-registry';
import { toRegistryItem, type RegistryItemDto } from './registry-dto';

/** Rows read per query while streaming. */
const EXPORT_PAGE_SIZE = 1000;

export const REGISTRY_CSV_HEADER = [
  'id',
  'status',
  'under_review',
  'product',
  'model',
  'version',
  'vendor',
  'vendor_id',
  'network_function',
  'segment',
  'lab',
  'lab_id',
  'scheme',
  'spec_versions',
  'issued_at',
  'expires_at',
  'url',
] as const;

function csvRow(item: RegistryItemDto, siteUrl: string): string {
  return csvLine([
    item.id,
    item.status,
    item.underReview,
    item.product,
    item.model,
    item.version,
    item.vendor.name,
    item.vendor.id,
    item.networkFunction,
    item.segment,
    item.lab.name,
    item.lab.id,
    item.scheme,
    item.specVersions,
    item.issuedAt,
    item.expiresAt,
    `${siteUrl}${certificatePath(item.id)}`,
  ]);
}

export type RegistryCsvExport = {
  /** Rows the file will hold (at most {@link REGISTRY_EXPORT_MAX_ROWS}). */
  rows: number;
  isTruncated: boolean;
  body: ReadableStream<Uint8Array>;
};

/**
 * The registry under the same filters and sort as {@link listRegistry}, as CSV (anyone; logs
 * nothing): RFC 4180 quoting, CRLF, formula-like cells neutralised with a leading apostrophe. Read
 * and streamed {@link EXPORT_PAGE_SIZE} rows at a time, never all in memory; at most
 * {@link REGISTRY_EXPORT_MAX_ROWS} rows. Parameters are validated before the stream starts (400).
 */
export async function exportRegistryCsv(query: unknown, options: { pageSize?: number } = {}): Promise<RegistryCsvExport> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const params = parseInput(registryExportQuerySchema, withoutEmptyValues(query));
  const dir = params.dir ?? DEFAULT_SORT_DIRECTION[params.sort];
  const filters = toRegistryFilters(params);
  const now = new Date();
  const db = await getDb();
  const counted = await countRegistry(db, filters, now, REGISTRY_EXPORT_MAX_ROWS + 1);
  const rows = Math.min(counted, REGISTRY_EXPORT_MAX_ROWS);
  const filterFirst = isFilterFirst(filters, params.sort);
  const siteUrl = config().siteUrl.replace(/\/$/, '');
  const encoder = new TextEncoder();
  let sent = 0;
  let keyset: RegistryKeyset | undefined;
  let isHeaderSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!isHeaderSent) {
          isHeaderSent = true;
          controller.enqueue(encoder.encode(csvLine(REGISTRY_CSV_HEADER)));
          if (rows === 0) controller.close();
          return;
        }
        const limit = Math.min(pageSize, REGISTRY_EXPORT_MAX_ROWS - sent);
        const page = await selectRegistryRows(db, { filters, now, sort: params.sort, dir, after: keyset, limit, filterFirst });
        if (page.length > 0) {
          controller.enqueue(encoder.encode(page.map((r) => csvRow(toRegistryItem(r), siteUrl)).join('')));
          sent += page.length;
          const last = page[page.length - 1];
          keyset = [last.sortValue, last.id];
        }
        if (page.length < limit || sent >= REGISTRY_EXPORT_MAX_ROWS) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return { rows, isTruncated: counted > REGISTRY_EXPORT_MAX_ROWS, body };
}
