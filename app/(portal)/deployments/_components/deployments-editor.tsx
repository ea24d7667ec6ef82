'use client';

import { useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { replaceDeploymentsSchema } from '@/lib/validation/operators';
import type { DeployableVersionDto, DeploymentsDto } from '@/lib/deployments/deployment-dto';
import { segmentNames, unitsText } from '@/app/(portal)/components/_components/labels';
import { Alert, type AlertTone } from '@/app/_components/ui/alert';
import { useUnsavedChanges } from '@/app/_components/forms/use-unsaved-changes';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { CsvImport } from './csv-import';
import { saveInventory, SaveInventoryError } from './deployments-api';
import { InventoryTable, type InventoryRow } from './inventory-table';
import { VersionPicker } from './version-picker';

const toRows = (items: (DeployableVersionDto & { quantity: number })[]): InventoryRow[] =>
  items.map(({ quantity, ...version }) => ({ version, quantity: String(quantity) }));

const snapshot = (rows: InventoryRow[]) =>
  JSON.stringify(rows.map((r) => [r.version.productVersionId, r.quantity.trim()]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** Whole numbers only; anything else goes to the schema as NaN and is refused there with its message. */
const toQuantity = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function DeploymentsEditor({ initial }: { initial: DeploymentsDto }) {
  const [rows, setRows] = useState<InventoryRow[]>(() => toRows(initial.items));
  const [saved, setSaved] = useState(() => snapshot(toRows(initial.items)));
  const [digest, setDigest] = useState(initial.digest);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [notice, setNotice] = useState<{ tone: AlertTone; text: string } | null>(null);
  const isDirty = snapshot(rows) !== saved;
  useUnsavedChanges(isDirty);
  const inInventory = useMemo(() => new Set(rows.map((r) => r.version.productVersionId)), [rows]);

  const save = useMutation({
    mutationFn: (items: { productVersionId: string; quantity: number }[]) => saveInventory(items, digest),
    onSuccess: (result) => {
      const next = toRows(result.items);
      setRows(next);
      setSaved(snapshot(next));
      setDigest(result.digest);
      setErrors({});
      setNotice({ tone: 'success', text: `Inventory saved: ${result.items.length} line${result.items.length === 1 ? '' : 's'}, ${unitsText(result.totalUnits)}.` });
    },
    onError: (error) => {
      const lineErrors = error instanceof SaveInventoryError ? error.lineErrors : [];
      setErrors(Object.fromEntries(lineErrors.filter((e) => e.index !== null).map((e) => [e.index, e.message])));
      const stale = error instanceof SaveInventoryError && error.status === 412;
      setNotice({ tone: 'error', text: stale ? 'Someone in your organisation changed the inventory since you opened this page. Reload the page to see it, then make your change again.' : error.message });
    },
  });

  function handleSave() {
    const items = rows.map((r) => ({ productVersionId: r.version.productVersionId, quantity: toQuantity(r.quantity) }));
    const check = replaceDeploymentsSchema.safeParse({ deployments: items });
    if (!check.success) {
      const found: Record<number, string> = {};
      for (const issue of check.error.issues) {
        const index = issue.path[1];
        if (typeof index === 'number' && !(index in found)) found[index] = issue.message;
      }
      setErrors(found);
      setNotice({ tone: 'error', text: 'Check the highlighted quantities: whole numbers from 1 to 10,000,000.' });
      return;
    }
    setNotice(null);
    save.mutate(items);
  }

  function addVersion(version: DeployableVersionDto) {
    setRows((current) => [...current, { version, quantity: '1' }]);
    setNotice({ tone: 'info', text: `${version.label} added with 1 unit. Set its units, then save.` });
    requestAnimationFrame(() => document.getElementById(`quantity-${version.productVersionId}`)?.focus());
  }

  const units = NETWORK_SEGMENTS.map((segment) => ({
    segment,
    units: rows.filter((r) => r.version.segment === segment).reduce((sum, r) => sum + (toQuantity(r.quantity) || 0), 0),
  }));
  const flagged = rows.filter((r) => r.version.flag).length;

  return (
    <div className="space-y-6">
      {notice ? (
        <Alert tone={notice.tone} data-testid="deployments-message">
          {notice.text}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="deployments-summary">
          {units.map((u) => `${segmentNames[u.segment]}: ${unitsText(u.units)}`).join(' · ')}
          {flagged ? ` · ${flagged} line${flagged === 1 ? '' : 's'} flagged (certificate not valid or missing)` : ''}
        </p>
        <div className="flex items-center gap-3">
          {isDirty ? (
            <span className="text-sm font-medium text-amber-800" data-testid="deployments-unsaved">
              Unsaved changes
            </span>
          ) : null}
          <Button variant="primary" onClick={handleSave} disabled={save.isPending || !isDirty} data-testid="deployments-save">
            {save.isPending ? 'Saving…' : 'Save inventory'}
          </Button>
        </div>
      </div>
      {rows.length ? (
        <InventoryTable
          rows={rows}
          errors={errors}
          onQuantity={(index, quantity) => setRows((current) => current.map((r, i) => (i === index ? { ...r, quantity } : r)))}
          onRemove={(index) => {
            setRows((current) => current.filter((_, i) => i !== index));
            setErrors({});
          }}
        />
      ) : (
        <EmptyState
          headingLevel={3}
          title="No deployments recorded"
          body="Add the product versions your network runs, with their units, or import a CSV file. Saving replaces your organisation's whole inventory."
          data-testid="deployments-empty"
        />
      )}
      <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-5 lg:grid-cols-2">
        <VersionPicker inInventory={inInventory} onPick={addVersion} />
        <CsvImport
          onImported={(items, filename) => {
            setRows(toRows(items));
            setErrors({});
            setNotice({ tone: 'info', text: `Imported ${items.length} line${items.length === 1 ? '' : 's'} from ${filename}. Review them and save to replace your inventory.` });
          }}
        />
      </div>
    </div>
  );
}
