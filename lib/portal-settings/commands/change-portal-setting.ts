import 'server-only';
import { z } from 'zod';
import { lockPortalSetting, updatePortalSetting } from '@/db/queries/portal-settings';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { parseInput } from '@/lib/validation/parse';
import { PORTAL_SETTINGS, PORTAL_SETTING_KEYS, type PortalSettingKey } from '../portal-setting-keys';

const changeSchema = z.strictObject({ key: z.enum(PORTAL_SETTING_KEYS), value: z.union([z.boolean(), z.string(), z.number()]) });

type Scalar = boolean | string | number | null;

/**
 * A regulator changes one portal-wide setting (403 for everyone else). The row is locked, so two
 * regulators changing it at once are applied one after the other. Logs `portal_setting.changed`
 * with the value before and after; setting the value it already has changes and logs nothing.
 */
export const changePortalSettingCommand = defineCommand({
  name: 'portal_setting.change',
  subject: 'Setting',
  input: changeSchema,
  load: (tx, _key: null, _actor, input) => lockPortalSetting(tx, input.key, PORTAL_SETTINGS[input.key].default),
  authorize: ({ actor }) => (can(actor, 'portal-settings.manage') ? null : 'Only regulators change portal settings.'),
  async apply({ tx, actor, input, target }) {
    const value = parseInput(PORTAL_SETTINGS[input.key as PortalSettingKey].schema, input.value);
    const from = (target.version === 0 ? PORTAL_SETTINGS[input.key].default : target.value) as Scalar;
    if (from === value) return { result: target, entries: [] };
    const updated = await updatePortalSetting(tx, target, { value, updatedBy: actor.userId });
    return {
      result: updated,
      entries: [{ type: 'portal_setting.changed', subject: { kind: 'portal_setting', id: target.id }, data: { key: input.key, from, to: value } }],
    };
  },
  readBack: async (_actor, row) => ({ key: row.key, value: row.value, version: row.version }),
});

/** Fires {@link changePortalSettingCommand}: `{key, value}`. */
export function changePortalSetting(actor: Actor, input: unknown) {
  return runCommand(changePortalSettingCommand, actor, null, input);
}
