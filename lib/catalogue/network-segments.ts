/**
 * Network segments, ordered from lowest to highest risk per element:
 * `ran` (huge in number), `transport` (medium), `core` (most sensitive).
 */
export const NETWORK_SEGMENTS = ['ran', 'transport', 'core'] as const;

/** A network segment a product belongs to. */
export type NetworkSegment = (typeof NETWORK_SEGMENTS)[number];
