'use client';

import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/app/_components/ui/alert';
import { buttonClasses } from '@/app/_components/ui/button-styles';
import { cx } from '@/app/_components/ui/class-names';
import { putResultsCsv, resultsKeys, resultsPath, ResultsSaveError } from './results-api';

type Props = { submissionId: string; isEditable: boolean };

/** Download the results as CSV (with empty results it is the template) and, for the lab, upload a filled-in file. */
export function CsvPanel({ submissionId, isEditable }: Props) {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationKey: [...resultsKeys.save(submissionId), 'csv'],
    mutationFn: (file: File) => putResultsCsv(submissionId, file),
    onSettled: async () => {
      if (inputRef.current) inputRef.current.value = '';
      await queryClient.invalidateQueries({ queryKey: resultsKeys.detail(submissionId) });
    },
  });
  const error = upload.error instanceof ResultsSaveError ? upload.error : upload.error ? new ResultsSaveError(0, upload.error.message) : null;

  return (
    <div className="space-y-3" data-testid="results-csv">
      <div className="flex flex-wrap items-center gap-2">
        <a href={`${resultsPath(submissionId)}?format=csv`} download className={buttonClasses('secondary', 'sm')} data-testid="results-csv-download">
          Download CSV
        </a>
        {isEditable ? (
          <span className="relative">
            <input
              ref={inputRef}
              id="results-csv-upload"
              type="file"
              accept=".csv,text/csv"
              className="peer sr-only"
              disabled={upload.isPending}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.mutate(file);
              }}
              data-testid="results-csv-upload"
            />
            <label
              htmlFor="results-csv-upload"
              className={cx(
                buttonClasses('secondary', 'sm'),
                'cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-700',
                upload.isPending && 'cursor-wait opacity-60',
              )}
            >
              {upload.isPending ? 'Uploading…' : 'Upload CSV'}
            </label>
          </span>
        ) : null}
      </div>
      <p className="text-xs text-slate-600">
        {isEditable
          ? 'The download is also the template: fill in the result column (pass, fail, inconclusive or not_applicable; notes optional) and upload it. A file is recorded all or nothing.'
          : 'One line per test case: testCaseId, result, notes.'}
      </p>
      {upload.isSuccess ? (
        <Alert tone="success" data-testid="results-csv-message">
          Recorded {upload.data.recorded} result{upload.data.recorded === 1 ? '' : 's'} from {upload.variables.name}. {upload.data.summary.missing} test case
          {upload.data.summary.missing === 1 ? '' : 's'} still without a result.
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" title={`${upload.variables?.name ?? 'The file'} was not recorded — nothing from it was saved.`} data-testid="results-csv-errors">
          <p>{error.message}</p>
          {error.problems.length ? (
            <ul className="mt-2 max-h-60 list-disc space-y-0.5 overflow-y-auto pl-5">
              {error.problems.map((p, i) => (
                <li key={i} data-testid="results-csv-error">
                  {p.line !== undefined ? <span className="font-medium">Line {p.line}: </span> : p.path ? <span className="font-medium">{p.path}: </span> : null}
                  {p.message}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2">Fix the file and upload it again.</p>
        </Alert>
      ) : null}
    </div>
  );
}
