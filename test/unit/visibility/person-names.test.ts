import { describe, expect, it } from 'vitest';
import { personLabel } from '@/lib/visibility/person-names';

const regulator = { userId: 'u-reg', orgId: 'o-reg', orgKind: 'regulator' };

describe('personLabel', () => {
  it('says You for the viewer themself', () => {
    expect(personLabel('u-reg', regulator, 'Rita Regulator')).toBe('You');
  });
  it('names a colleague when the server sent the name', () => {
    expect(personLabel('u-other', regulator, 'Rita Regulator')).toBe('Rita Regulator');
  });
  it('shows only the role when the server sent no name (another organisation)', () => {
    expect(personLabel('u-vendor', regulator, null)).toBe('Regulator');
    expect(personLabel('u-vendor', { userId: 'u-lab', orgId: 'o-lab', orgKind: 'lab' }, undefined)).toBe('Test lab');
  });
  it('says The system for entries without a person', () => {
    expect(personLabel('u-reg', null, null)).toBe('The system');
    expect(personLabel('u-reg', { userId: null, orgId: null, orgKind: 'system' }, null)).toBe('The system');
  });
});
