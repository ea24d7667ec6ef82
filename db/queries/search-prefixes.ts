import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Every word of `search` is one of the word prefixes stored in `column` (certificate_search_prefixes,
 * migration 0007; certificates and product versions keep one each): exact lookups in its GIN index,
 * so every word matches as the start of a word. `search` comes from lib/registry/search-query.ts
 * `searchText` (letters, digits, joiners and spaces only); `plainto_tsquery` splits it into lexemes
 * the way the stored names were split.
 */
export function matchesSearchPrefixes(column: AnyPgColumn, search: string | Placeholder | SQL): SQL {
  return sql`${column} @@ plainto_tsquery('simple', ${search})`;
}
