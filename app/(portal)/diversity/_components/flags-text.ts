import type { ConcentrationFlagDto } from '@/lib/diversity/diversity-dto';

/** A concentration flag in words that stand without colour. */
export function flagsText(flags: ConcentrationFlagDto['flags']): string {
  if (flags.includes('share') && flags.includes('hhi')) return 'Over share and HHI';
  return flags.includes('share') ? 'Over share' : 'Over HHI';
}
