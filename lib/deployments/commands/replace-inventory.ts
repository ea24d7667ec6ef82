import 'server-only';
import * as q from '@/db/queries/operators';
import { insertInventorySnapshot } from '@/db/queries/diversity';
import type { Actor } from '@/lib/authz/actor';
import { forbidden, unprocessable } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { replaceDeploymentsSchema } from '@/lib/validation/operators';
import { canonicalInventory } from '../canonical-inventory';
import type { DeploymentsDto } from '../deployment-dto';
import { inventoryDenial, inventoryDigest } from '../deployment-rules';
import { readDeployments, toInventory } from '../read-deployments';
import { resolveDeploymentsCsv } from '../resolve-deployments-csv';

type Key = {
  /** For an upload: the CSV line of each inventory line, so a 422 names the file's lines. */
  lines?: readonly number[];
};

/**
 * Replaces the caller's whole inventory with `{deployments: [{productVersionId, quantity}]}` in one
 * transaction, serialised per operator (the organisation row is locked). Operators only (403). Each
 * version at most once, quantity a whole number 1–10 000 000 (400 per field); every version must
 * exist (422 listing the unknown ids; nothing changes). The inventory's entity tag is its digest
 * (the SHA-256 of the canonical inventory, the ETag of GET), so `If-Match` guards against
 * overwriting a colleague's change: 412. Logs `deployments.replaced` (subject
 * `deployments:<operator org id>`; count, total units and the SHA-256 of the canonical inventory,
 * and of the one it replaced), and keeps the canonical inventory beside it (inventory_snapshots) for
 * the diversity trend.
 */
export const replaceInventoryCommand = defineCommand({
  name: 'deployments.replace',
  subject: 'Organisation',
  input: replaceDeploymentsSchema,
  async load(tx, _key: Key, actor) {
    if (!(await q.lockOperatorOrganization(tx, actor.orgId))) return null;
    return { digest: inventoryDigest(await q.listInventory(tx, actor.orgId)) };
  },
  authorize: ({ actor }) => inventoryDenial(actor),
  entityTag: (target) => target.digest,
  async apply({ tx, actor, key, input, target, now }) {
    const items = input.deployments.map((d) => ({ productVersionId: d.productVersionId.toLowerCase(), quantity: d.quantity }));
    const known = await q.existingVersionIds(tx, items.map((i) => i.productVersionId));
    const unknown = items.flatMap((item, i) => (known.has(item.productVersionId) ? [] : [{ item, i }]));
    if (unknown.length > 0) {
      const errors = unknown.map(({ item, i }) => ({
        path: `deployments.${i}.productVersionId`,
        message: `Unknown product version ${item.productVersionId}`,
        ...(key.lines ? { line: key.lines[i] } : {}),
      }));
      throw unprocessable(`${unknown.length} unknown product version(s): ${unknown.map((u) => u.item.productVersionId).join(', ')}; nothing was changed.`, errors);
    }
    await q.replaceInventory(tx, actor.orgId, items, now);
    // The answer is the inventory this change wrote, read inside its transaction.
    const inventory = toInventory({ id: actor.orgId, name: actor.orgName }, await readDeployments(tx, actor.orgId, now));
    return {
      result: inventory,
      entries: [
        {
          type: 'deployments.replaced',
          subject: { kind: 'deployments', id: actor.orgId },
          data: { count: items.length, totalUnits: items.reduce((sum, i) => sum + i.quantity, 0), sha256: inventoryDigest(items), previousSha256: target.digest },
        },
      ],
      // The inventory the entry's sha256 covers, kept for the diversity trend (checked against the entry when read).
      afterLog: (tx, appended) =>
        insertInventorySnapshot(tx, { logIndex: appended[0].index, operatorOrgId: actor.orgId, items: canonicalInventory(items), recordedAt: now }),
    };
  },
  readBack: async (_actor, inventory, appended) => ({ ...inventory, logIndex: appended[0].index }),
});

/** Fires {@link replaceInventoryCommand}; `ifMatch` is the caller's `If-Match` (the inventory's ETag). */
export function replaceDeployments(actor: Actor, input: unknown, ifMatch?: IfMatch): Promise<DeploymentsDto & { logIndex: number }> {
  return runCommand(replaceInventoryCommand, actor, {}, input, { ifMatch });
}

/**
 * {@link replaceDeployments} from a CSV file (header `productVersionId,quantity` or
 * `vendor,product,version,quantity`; names matched case-insensitively). All or nothing: any bad or
 * unresolvable row is a 422 with `errors: [{line, message}]` and nothing changes. Non-operators are
 * refused (403) before the file is read.
 */
export async function replaceDeploymentsFromCsv(actor: Actor, csv: string, ifMatch?: IfMatch): Promise<DeploymentsDto & { logIndex: number }> {
  const denial = inventoryDenial(actor);
  if (denial) throw forbidden(denial);
  const { items, lines } = await resolveDeploymentsCsv(csv);
  const body = { deployments: items.map((i) => ({ productVersionId: i.productVersionId, quantity: i.quantity })) };
  return runCommand(replaceInventoryCommand, actor, { lines }, body, { ifMatch });
}
