import { describe, expect, it } from 'vitest';
import { rfc3339FromUtcText } from '@/db/utc-text';

describe('rfc3339FromUtcText', () => {
  it('finishes PostgreSQL ISO UTC text as RFC 3339, padding trimmed fractions and truncating like to_char', () => {
    expect(rfc3339FromUtcText('2026-11-26 02:06:12', 3)).toBe('2026-11-26T02:06:12.000Z');
    expect(rfc3339FromUtcText('2026-11-26 02:06:12', 6)).toBe('2026-11-26T02:06:12.000000Z');
    expect(rfc3339FromUtcText('2026-11-26 02:06:12.8', 3)).toBe('2026-11-26T02:06:12.800Z');
    expect(rfc3339FromUtcText('2026-11-26 02:06:12.82745', 6)).toBe('2026-11-26T02:06:12.827450Z');
    expect(rfc3339FromUtcText('2026-11-26 02:06:12.827999', 3)).toBe('2026-11-26T02:06:12.827Z');
    expect(rfc3339FromUtcText('2026-11-26 02:06:12.827451', 6)).toBe('2026-11-26T02:06:12.827451Z');
  });

  it('agrees with Date for every fraction length', () => {
    for (const fraction of ['', '.1', '.12', '.123', '.1234', '.12345', '.123456']) {
      const text = `1999-12-31 23:59:59${fraction}`;
      const millis = new Date(`${text.replace(' ', 'T')}Z`).toISOString();
      expect(rfc3339FromUtcText(text, 3)).toBe(millis);
    }
  });

  it('refuses any other form rather than guess (another DateStyle, a time zone, too many digits)', () => {
    for (const text of ['2026-11-26T02:06:12', '2026-11-26 02:06:12.', '11/26/2026 02:06:12.8', '2026-11-26 02:06:12+00', '2026-11-26 02:06:12.1234567', '']) {
      expect(() => rfc3339FromUtcText(text, 3)).toThrow(/unexpected form/);
    }
  });
});
