import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL's tsvector, read and written as its text form. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
