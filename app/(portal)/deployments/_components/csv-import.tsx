'use client';

import { useId, useState, useTransition } from 'react';
import { DEPLOYMENTS_CSV_HEADERS } from '@/lib/deployments/limits';
import type { DeployableVersionDto } from '@/lib/deployments/deployment-dto';
import { Alert } from '@/app/_components/ui/alert';
import { previewCsvAction, type CsvPreviewResult } from '../actions';

type Props = { onImported: (items: (DeployableVersionDto & { quantity: number })[], filename: string) => void };

const MAX_BYTES = 2 * 1024 * 1024;

/** Reads a CSV file into the table for review: every problem is listed with its line, nothing is saved yet. */
export function CsvImport({ onImported }: Props) {
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<CsvPreviewResult, { ok: false }> | null>(null);

  function handleFile(file: File | undefined, input: HTMLInputElement) {
    setFailure(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFailure({ ok: false, message: 'The file is larger than 2 MiB.', problems: [] });
      return;
    }
    startTransition(async () => {
      const result = await previewCsvAction(await file.text());
      input.value = '';
      if (result.ok) onImported(result.items, file.name);
      else setFailure(result);
    });
  }

  return (
    <div className="space-y-2" data-testid="deployments-csv-import">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Import a CSV file
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        disabled={isPending}
        aria-describedby={`${id}-hint`}
        onChange={(e) => handleFile(e.currentTarget.files?.[0], e.currentTarget)}
        className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-900 hover:file:bg-slate-100"
        data-testid="deployments-csv"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        Header <code className="font-mono">{DEPLOYMENTS_CSV_HEADERS.names}</code> or <code className="font-mono">{DEPLOYMENTS_CSV_HEADERS.ids}</code>, one line per product version. The file replaces the table; review it, then save.
      </p>
      {isPending ? (
        <p role="status" className="text-sm text-slate-700">
          Reading the file…
        </p>
      ) : null}
      {failure ? (
        <Alert tone="error" title="The file was not imported; nothing changed." data-testid="deployments-csv-errors">
          {failure.problems.length ? (
            <ul className="list-disc space-y-0.5 pl-5">
              {failure.problems.map((p, i) => (
                <li key={`${p.line}-${i}`} data-testid="deployments-csv-error">
                  Line {p.line}: {p.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>{failure.message}</p>
          )}
        </Alert>
      ) : null}
    </div>
  );
}
