import type { z } from 'zod';
import type {
  concentrationFlagSchema,
  diversityResponseSchema,
  phaseOutSchema,
  thresholdResponseSchema,
  trendResponseSchema,
} from '@/lib/validation/diversity';

/** GET /api/v1/diversity: exactly the documented shape (lib/validation/diversity.ts). */
export type DiversityDto = z.output<typeof diversityResponseSchema>;
export type PhaseOutDto = z.output<typeof phaseOutSchema>;
export type ConcentrationFlagDto = z.output<typeof concentrationFlagSchema>;
export type ThresholdDto = z.output<typeof thresholdResponseSchema>;
export type TrendDto = z.output<typeof trendResponseSchema>;
