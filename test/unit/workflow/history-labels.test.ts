import { describe, expect, it } from 'vitest';
import { HISTORY_LABELS } from '@/app/(portal)/submissions/[id]/_components/history-labels';
import { ENTRY_TYPES } from '@/lib/log/entry-types';

// A submission's history shows its own entries and those of its certificate.
const SUBJECT_PREFIXES = ['submission.', 'evaluation.', 'results.', 'evidence.', 'decision.', 'certificate.'];

describe('submission history labels', () => {
  it('names every entry type a submission or its certificate can have', () => {
    const shown = ENTRY_TYPES.filter((type) => SUBJECT_PREFIXES.some((prefix) => type.startsWith(prefix)));
    expect(shown.filter((type) => !HISTORY_LABELS[type])).toEqual([]);
    expect(Object.keys(HISTORY_LABELS).filter((type) => !(ENTRY_TYPES as readonly string[]).includes(type))).toEqual([]);
  });
});
