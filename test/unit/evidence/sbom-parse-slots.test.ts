import { describe, expect, it } from 'vitest';
import { inSbomParseSlot, SBOM_PARSE_SLOTS, sbomParseSlotUse } from '@/lib/evidence/sbom/sbom-parse-slots';

describe('SBOM parse slots', () => {
  it('runs at most SBOM_PARSE_SLOTS parses at once; the others wait their turn and all finish', async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const parses = Array.from({ length: 5 }, (_, i) =>
      inSbomParseSlot(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return i;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(sbomParseSlotUse()).toEqual({ active: SBOM_PARSE_SLOTS, waiting: 5 - SBOM_PARSE_SLOTS });
    while (releases.length || sbomParseSlotUse().active) {
      releases.shift()?.();
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(await Promise.all(parses)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(SBOM_PARSE_SLOTS);
  });

  it('frees the slot when a parse fails', async () => {
    await expect(inSbomParseSlot(async () => Promise.reject(new Error('not JSON')))).rejects.toThrow('not JSON');
    expect(sbomParseSlotUse()).toEqual({ active: 0, waiting: 0 });
  });
});
