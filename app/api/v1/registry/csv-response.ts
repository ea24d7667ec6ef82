import 'server-only';
import { exportRegistryCsv } from '@/lib/registry/registry-export';

/** The filtered registry as a CSV download; the body streams while the rows are read. */
export async function registryCsvResponse(query: Record<string, string>): Promise<Response> {
  const { rows, isTruncated, body } = await exportRegistryCsv(query);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="trustledger-registry-${date}.csv"`,
      'cache-control': 'public, max-age=30',
      'x-content-type-options': 'nosniff',
      'x-total-rows': String(rows),
      ...(isTruncated ? { 'x-truncated': 'true' } : {}),
    },
  });
}
