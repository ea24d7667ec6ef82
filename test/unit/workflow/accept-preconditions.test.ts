import { describe, expect, it } from 'vitest';
import { acceptPreconditions } from '@/lib/workflow/accept-preconditions';

type Params = Parameters<typeof acceptPreconditions>[0];

const base: Params = {
  accreditation: { validFrom: '2025-01-01', validUntil: '2027-12-31', scope: ['gNB', 'AMF'] },
  networkFunction: 'AMF',
  labGroup: 'Independent Labs AG',
  vendorGroup: 'Acme Telecom Group',
  conflictOfInterest: { hasConflict: false, statement: 'We have no ties to the vendor.' },
  now: new Date('2026-03-15T12:00:00Z'),
};

const codes = (overrides: Partial<Params>) => acceptPreconditions({ ...base, ...overrides }).map((u) => u.code);

describe('acceptPreconditions', () => {
  it('is met by a valid, covering accreditation, independent groups and a clean statement', () => {
    expect(acceptPreconditions(base)).toEqual([]);
  });

  describe('accreditation', () => {
    it('is required', () => {
      expect(codes({ accreditation: null })).toEqual(['accreditation_missing']);
    });

    it('still counts on the day it expires, until the end of that UTC day', () => {
      const accreditation = { validFrom: '2025-01-01', validUntil: '2026-03-15', scope: ['AMF'] };
      expect(codes({ accreditation, now: new Date('2026-03-15T00:00:00Z') })).toEqual([]);
      expect(codes({ accreditation, now: new Date('2026-03-15T23:59:59.999Z') })).toEqual([]);
      expect(codes({ accreditation, now: new Date('2026-03-16T00:00:00Z') })).toEqual(['accreditation_expired']);
    });

    it('is expired the day after validUntil', () => {
      const accreditation = { validFrom: '2025-01-01', validUntil: '2026-03-14', scope: ['AMF'] };
      const unmet = acceptPreconditions({ ...base, accreditation });
      expect(unmet).toEqual([{ code: 'accreditation_expired', message: "The lab's accreditation expired on 2026-03-14" }]);
    });

    it('counts from its first day but not before', () => {
      const accreditation = { validFrom: '2026-03-15', validUntil: '2027-01-01', scope: ['AMF'] };
      expect(codes({ accreditation })).toEqual([]);
      expect(codes({ accreditation, now: new Date('2026-03-14T23:59:59Z') })).toEqual(['accreditation_not_yet_valid']);
    });

    it('accepts Date values (e.g. a date column read at UTC midnight)', () => {
      const accreditation = {
        validFrom: new Date('2025-01-01T00:00:00Z'),
        validUntil: new Date('2026-03-15T00:00:00Z'),
        scope: ['AMF'],
      };
      expect(codes({ accreditation, now: new Date('2026-03-15T18:00:00Z') })).toEqual([]);
    });

    it('must cover the network function', () => {
      expect(codes({ accreditation: { ...base.accreditation!, scope: ['gNB', 'SMF'] } })).toEqual(['accreditation_scope']);
      expect(codes({ accreditation: { ...base.accreditation!, scope: [] } })).toEqual(['accreditation_scope']);
    });

    it('does not treat a related function as covered', () => {
      expect(codes({ networkFunction: 'gNB-DU' })).toEqual(['accreditation_scope']);
    });

    it('refuses an impossible date', () => {
      expect(() => acceptPreconditions({ ...base, accreditation: { ...base.accreditation!, validUntil: '2026-02-30' } })).toThrow(
        RangeError,
      );
    });
  });

  describe('independence', () => {
    it('refuses a shared group', () => {
      expect(codes({ labGroup: 'Acme Telecom Group', vendorGroup: 'Acme Telecom Group' })).toEqual(['shared_group']);
    });

    it('compares groups ignoring case and whitespace', () => {
      expect(codes({ labGroup: '  ACME telecom   group ', vendorGroup: 'Acme Telecom Group' })).toEqual(['shared_group']);
      expect(codes({ labGroup: 'AcmeTelecomGroup', vendorGroup: 'acme telecom group' })).toEqual(['shared_group']);
    });

    it('never matches on an empty group', () => {
      expect(codes({ labGroup: '', vendorGroup: '' })).toEqual([]);
      expect(codes({ labGroup: '   ', vendorGroup: ' ' })).toEqual([]);
      expect(codes({ labGroup: null, vendorGroup: null })).toEqual([]);
      expect(codes({ labGroup: undefined, vendorGroup: 'Acme' })).toEqual([]);
    });
  });

  describe('conflict of interest', () => {
    it('refuses a declared conflict', () => {
      expect(codes({ conflictOfInterest: { hasConflict: true, statement: 'We audited their factory.' } })).toEqual([
        'conflict_declared',
      ]);
    });

    it('needs a non-empty statement', () => {
      expect(codes({ conflictOfInterest: { hasConflict: false, statement: ' \n ' } })).toEqual([
        'conflict_statement_missing',
      ]);
      expect(codes({ conflictOfInterest: null })).toEqual(['conflict_statement_missing']);
    });
  });

  it('lists every unmet requirement at once', () => {
    expect(
      codes({
        accreditation: { validFrom: '2020-01-01', validUntil: '2021-01-01', scope: ['gNB'] },
        labGroup: 'Acme',
        vendorGroup: 'acme',
        conflictOfInterest: { hasConflict: true, statement: '' },
      }),
    ).toEqual(['accreditation_expired', 'accreditation_scope', 'shared_group', 'conflict_declared', 'conflict_statement_missing']);
  });
});
