import { z } from 'zod';

export const idParamSchema = z.object({ id: z.uuid('Not a valid id') });
