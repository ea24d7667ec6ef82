import { describe, expect, it } from 'vitest';
import { createProductSchema } from '@/lib/validation/products';
import { setFollowSchema } from '@/lib/validation/follows';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('refusals phrased for people', () => {
  it('an empty network-function select asks to choose one; an unknown one names the choices', () => {
    expect(messageOf(createProductSchema.safeParse({ name: 'Polar', networkFunction: '' }))).toBe('Choose a network function');
    expect(messageOf(createProductSchema.safeParse({ name: 'Polar' }))).toBe('Choose a network function');
    expect(messageOf(createProductSchema.safeParse({ name: 'Polar', networkFunction: 'toaster' }))).toMatch(/^Unknown network function; use one of gNB, /);
    expect(messageOf(setFollowSchema.safeParse({ networkFunction: '', isFollowing: true }))).toBe('Choose a network function');
  });
});
