import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** A person following a network function (e.g. AMF): they hear of certificates issued, suspended and revoked for it. */
export const networkFunctionFollows = pgTable(
  'network_function_follows',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkFunction: text('network_function').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.networkFunction] }), index('network_function_follows_function_idx').on(t.networkFunction)],
);
