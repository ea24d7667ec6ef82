import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { phaseOutCountdown } from './countdown';
import type { ConcentrationFlagDto, PhaseOutDto } from './diversity-dto';
import type { SegmentThreshold } from './policy';
import type { DeploymentLine, DiversityPicture } from './types';

type PhaseOutRow = { id: string; segment: NetworkSegment; vendorOrgId: string; deadline: string; reason: string; updatedAt: Date; version: number };

/** A threshold as the API shows it: the share in basis points (5000 = 50 %). */
export function thresholdDto(threshold: SegmentThreshold) {
  return {
    shareBasisPoints: Math.round((threshold.share.numerator * 10_000) / threshold.share.denominator),
    hhi: threshold.hhi,
    isDefault: threshold.isDefault,
  };
}

/** A phase-out with its countdown: the units of that vendor in that segment among `lines` (the scope asked for). */
export function phaseOutDto(row: PhaseOutRow, vendorName: string, lines: readonly DeploymentLine[], now: Date): PhaseOutDto {
  const units = lines.filter((l) => l.segment === row.segment && l.vendorId === row.vendorOrgId).reduce((sum, l) => sum + l.quantity, 0);
  const countdown = phaseOutCountdown(row.deadline, now, units);
  return {
    id: row.id,
    segment: row.segment,
    vendor: { id: row.vendorOrgId, name: vendorName },
    deadline: row.deadline,
    reason: row.reason,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    unitsRemaining: units,
    daysLeft: countdown.daysLeft,
    state: countdown.state,
    text: countdown.text,
  };
}

/** Every segment and network function over a threshold, each segment before its functions. */
export function concentrationFlagsOf(picture: DiversityPicture): ConcentrationFlagDto[] {
  return picture.segments.flatMap((s) =>
    [{ ...s, networkFunction: null }, ...s.networkFunctions]
      .filter((group) => group.flags.length > 0)
      .map((group) => ({
        segment: s.segment,
        networkFunction: group.networkFunction,
        flags: group.flags,
        hhi: group.hhi,
        topVendor: { vendorId: group.vendors[0].vendorId, vendorName: group.vendors[0].vendorName, percent: group.vendors[0].percent },
      })),
  );
}
