import { fillPlaceholders, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { compileOnce } from '@/db/client';

describe('compileOnce', () => {
  it('builds a shape once and leaves its placeholders to fill per call', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return sql`select ${sql.placeholder('a')}::int + ${7} where ${sql.placeholder('b')}::text is not null`;
    };
    const first = compileOnce('test|sum', build);
    const second = compileOnce('test|sum', build);
    expect(builds).toBe(1);
    expect(second).toBe(first);
    expect(first.sql).toBe('select $1::int + $2 where $3::text is not null');
    expect(fillPlaceholders(first.params, { a: 1, b: 'x' })).toEqual([1, 7, 'x']);
    expect(() => fillPlaceholders(first.params, { a: 1 })).toThrow(/placeholder "b"/);
  });

  it('keeps shapes apart by their key', () => {
    const one = compileOnce('test|one', () => sql`select 1`);
    const two = compileOnce('test|two', () => sql`select 2`);
    expect(one.sql).toBe('select 1');
    expect(two.sql).toBe('select 2');
  });
});
