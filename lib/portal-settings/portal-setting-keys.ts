import { z } from 'zod';

/**
 * The portal-wide settings regulators change, each with its value's schema, its default and the
 * words the settings page shows. Isomorphic (the page and the API read the same list).
 */
export const PORTAL_SETTINGS = {
  sbomConformanceRequired: {
    schema: z.boolean(),
    default: false,
    label: 'SBOM conformance required to submit',
    description:
      'When on, a vendor can submit only when the newest SBOM of the submission meets BSI TR-03183-2 v2.1 (every check on its evidence page passes).',
  },
} as const satisfies Record<string, { schema: z.ZodType; default: unknown; label: string; description: string }>;

export type PortalSettingKey = keyof typeof PORTAL_SETTINGS;

export type PortalSettings = { [K in PortalSettingKey]: z.infer<(typeof PORTAL_SETTINGS)[K]['schema']> };

export const PORTAL_SETTING_KEYS = Object.keys(PORTAL_SETTINGS) as [PortalSettingKey, ...PortalSettingKey[]];
