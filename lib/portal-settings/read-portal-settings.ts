import 'server-only';
import type { Executor } from '@/db/client';
import { listPortalSettings } from '@/db/queries/portal-settings';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { PORTAL_SETTINGS, PORTAL_SETTING_KEYS, type PortalSettings } from './portal-setting-keys';

/**
 * The portal's settings, defaults filled in. Anyone signed in may read them (they are policy every
 * organisation works under); a stored value that no longer fits its schema reads as the default.
 */
export async function readPortalSettings(db: Executor): Promise<PortalSettings> {
  const stored = new Map((await listPortalSettings(db)).map((row) => [row.key, row.value]));
  const settings = {} as Record<string, unknown>;
  for (const key of PORTAL_SETTING_KEYS) {
    const parsed = PORTAL_SETTINGS[key].schema.safeParse(stored.get(key));
    settings[key] = parsed.success ? parsed.data : PORTAL_SETTINGS[key].default;
  }
  return settings as PortalSettings;
}

/** {@link readPortalSettings} for a signed-in caller's page (any organisation). Logs nothing. */
export async function getPortalSettings(_actor: Actor): Promise<PortalSettings> {
  return readPortalSettings(await getDb());
}
