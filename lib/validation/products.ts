import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';

/** An empty select is a choice not yet made, not an unknown function: it says so in words. */
export const networkFunctionSchema = z.enum(NETWORK_FUNCTIONS as unknown as [string, ...string[]], {
  error: (issue) =>
    issue.input === undefined || issue.input === '' ? 'Choose a network function' : `Unknown network function; use one of ${NETWORK_FUNCTIONS.join(', ')}`,
});

export const createProductSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  model: z.string().trim().min(1).max(200).optional(),
  networkFunction: networkFunctionSchema,
  isVirtualized: z.boolean().default(false),
  description: z.string().trim().max(5000).optional(),
});

export const createVersionSchema = z.strictObject({
  version: z.string().trim().min(1).max(100),
  releasedAt: z.iso.date().optional(),
});

export const listProductsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  networkFunction: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
