import { describe, expect, it } from 'vitest';
import { processWide } from '@/lib/process-wide';

describe('processWide', () => {
  it('creates a value once per key and hands every caller the same one', () => {
    let created = 0;
    const make = () => ({ n: ++created });
    const first = processWide('TestProcessWide', make);
    expect(processWide('TestProcessWide', make)).toBe(first);
    expect(created).toBe(1);
    expect(processWide('TestProcessWideOther', make)).not.toBe(first);
    expect((globalThis as Record<string, unknown>).__trustledgerTestProcessWide).toBe(first);
  });
});
