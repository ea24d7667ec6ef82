import { isSameGroup } from './normalise-group';
import type { UnmetRequirement } from './unmet-requirement';
import { toUtcCalendarDate } from './utc-calendar-date';

/** A lab accreditation as the accept check needs it. `validFrom`/`validUntil` are inclusive calendar dates. */
export type AccreditationForAccept = {
  readonly validFrom: Date | string;
  readonly validUntil: Date | string;
  /** Network functions covered, exactly as in `NETWORK_FUNCTIONS`. */
  readonly scope: readonly string[];
};

/** A lab's conflict-of-interest declaration for one submission. */
export type ConflictOfInterestDeclaration = {
  readonly hasConflict: boolean;
  readonly statement: string;
};

/**
 * What is missing before the assigned lab may `accept` a submission: an
 * accreditation valid on `now`'s UTC date (both ends inclusive, so one
 * expiring today still counts) whose scope lists the product's network
 * function, no shared non-empty corporate group with the vendor, and a
 * signed conflict-of-interest statement declaring no conflict.
 * Empty when the lab may accept.
 * @throws {RangeError} when a date is invalid.
 */
export function acceptPreconditions(params: {
  accreditation: AccreditationForAccept | null;
  networkFunction: string;
  labGroup: string | null | undefined;
  vendorGroup: string | null | undefined;
  conflictOfInterest: ConflictOfInterestDeclaration | null;
  now: Date | string;
}): UnmetRequirement[] {
  const { accreditation, networkFunction, conflictOfInterest } = params;
  const unmet: UnmetRequirement[] = [];

  if (accreditation === null) {
    unmet.push({ code: 'accreditation_missing', message: 'The lab has no accreditation' });
  } else {
    const today = toUtcCalendarDate(params.now);
    const validFrom = toUtcCalendarDate(accreditation.validFrom);
    const validUntil = toUtcCalendarDate(accreditation.validUntil);
    if (today < validFrom) {
      unmet.push({
        code: 'accreditation_not_yet_valid',
        message: `The lab's accreditation is valid only from ${validFrom}`,
      });
    }
    if (today > validUntil) {
      unmet.push({ code: 'accreditation_expired', message: `The lab's accreditation expired on ${validUntil}` });
    }
    if (!accreditation.scope.includes(networkFunction)) {
      unmet.push({
        code: 'accreditation_scope',
        message: `The lab's accreditation does not cover ${networkFunction}`,
      });
    }
  }

  if (isSameGroup(params.labGroup, params.vendorGroup)) {
    unmet.push({ code: 'shared_group', message: 'The lab and the vendor belong to the same corporate group' });
  }

  if (conflictOfInterest?.hasConflict === true) {
    unmet.push({ code: 'conflict_declared', message: 'The lab declared a conflict of interest' });
  }
  if (!conflictOfInterest?.statement.trim()) {
    unmet.push({ code: 'conflict_statement_missing', message: 'Sign off the conflict-of-interest statement' });
  }
  return unmet;
}
