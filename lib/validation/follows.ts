import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';

/** Follow or stop following one network function of the SCAS catalogue. */
export const setFollowSchema = z.strictObject({
  networkFunction: z.enum(NETWORK_FUNCTIONS, { error: 'Choose a network function' }),
  isFollowing: z.boolean(),
});

export const followsResponseSchema = z.object({
  following: z.array(z.string()).describe('The network functions the caller follows, alphabetically'),
});

export const setFollowResponseSchema = followsResponseSchema.extend({
  changed: z.boolean().describe('False when the caller already (or no longer) followed it'),
});
