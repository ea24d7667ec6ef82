import { z } from 'zod';

const treeNumber = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .regex(/^\d{1,15}$/, `${name} must be a non-negative integer`)
    .transform(Number);

export const logEntriesQuerySchema = z
  .strictObject({ start: treeNumber('start'), end: treeNumber('end') })
  .refine((q) => q.start <= q.end, { message: 'start must not be greater than end', path: ['start'] })
  .refine((q) => q.end - q.start <= 1000, { message: 'at most 1000 entries per request', path: ['end'] });

export const inclusionQuerySchema = z.strictObject({ index: treeNumber('index'), treeSize: treeNumber('treeSize') });

export const consistencyQuerySchema = z
  .strictObject({ from: treeNumber('from'), to: treeNumber('to') })
  .refine((q) => q.from <= q.to, { message: 'from must not be greater than to', path: ['from'] });
