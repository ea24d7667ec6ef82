import { z } from 'zod';

const uuidSchema = z.uuid();

/** True for a well-formed UUID: anything else names no object, so it answers 404 like an unknown id. */
export const isUuid = (value: unknown): value is string => uuidSchema.safeParse(value).success;
