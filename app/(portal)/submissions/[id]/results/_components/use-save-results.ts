'use client';

import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putResults, resultsKeys, ResultsSaveError } from './results-api';
import { applyChanges, restoreItems, type ResultChange, type ResultItem, type ResultsData } from './results-model';

/** A row's last save; a failed one keeps the change so it can be retried. */
export type RowStatus = { state: 'saving' | 'saved' | 'error'; message?: string; change?: ResultChange };

type Pending = { change: ResultChange; previous: ResultItem; version: number };
type Batch = { pending: Pending[] };

/** What to tell the lab about a refused save, in one sentence. */
export function describeSaveError(error: unknown): string {
  if (!(error instanceof ResultsSaveError)) return 'The result could not be saved. Try again.';
  const first = error.problems[0];
  if (error.status === 422 && first) return first.message;
  return error.message;
}

/**
 * Saves results as they are changed. The table shows a change at once (optimistic). One PUT is in
 * flight at a time; changes made meanwhile are collected and sent together when it returns (the
 * latest change of a row wins), so fast keyboard work costs few requests and arrives in order. A
 * failed PUT puts its rows back unless they have been changed again since, and marks them with the
 * server's message. When nothing is left to send the results are read again from the server.
 */
export function useSaveResults(submissionId: string) {
  const queryClient = useQueryClient();
  const key = resultsKeys.detail(submissionId);
  const [statuses, setStatuses] = useState<Record<string, RowStatus>>({});
  const [announcement, setAnnouncement] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const buffer = useRef(new Map<string, Pending>());
  const rowVersions = useRef(new Map<string, number>());
  const isSending = useRef(false);

  const isCurrent = (p: Pending) => rowVersions.current.get(p.change.testCaseId) === p.version;
  const setRows = (entries: [string, RowStatus][]) => setStatuses((current) => ({ ...current, ...Object.fromEntries(entries) }));

  const mutation = useMutation({
    mutationKey: resultsKeys.save(submissionId),
    mutationFn: (batch: Batch) => putResults(submissionId, batch.pending.map((p) => p.change)),
    onSuccess: (_data, batch) => {
      setRows(batch.pending.filter(isCurrent).map((p) => [p.change.testCaseId, { state: 'saved' }]));
      setAnnouncement(batch.pending.length === 1 ? `Saved ${batch.pending[0].change.testCaseId}.` : `Saved ${batch.pending.length} results.`);
    },
    onError: (error, batch) => {
      const current = batch.pending.filter(isCurrent);
      queryClient.setQueryData<ResultsData>(key, (data) => (data ? restoreItems(data, current.map((p) => p.previous)) : data));
      const message = describeSaveError(error);
      setRows(current.map((p) => [p.change.testCaseId, { state: 'error', message, change: p.change }]));
      setAnnouncement(`Not saved: ${message}`);
    },
  });

  async function flush() {
    if (isSending.current) return;
    if (buffer.current.size === 0) {
      setIsBusy(false);
      await queryClient.invalidateQueries({ queryKey: key });
      return;
    }
    isSending.current = true;
    const pending = [...buffer.current.values()];
    buffer.current.clear();
    try {
      await mutation.mutateAsync({ pending });
    } catch {
      // Reported per row by onError.
    } finally {
      isSending.current = false;
      void flush();
    }
  }

  /** Shows `changes` at once and sends them with the next request. */
  function save(changes: ResultChange[]) {
    const data = queryClient.getQueryData<ResultsData>(key);
    if (!data || changes.length === 0) return;
    const items = new Map(data.items.map((i) => [i.testCaseId, i]));
    for (const change of changes) {
      const id = change.testCaseId;
      const version = (rowVersions.current.get(id) ?? 0) + 1;
      rowVersions.current.set(id, version);
      const previous = buffer.current.get(id)?.previous ?? items.get(id)!;
      buffer.current.set(id, { change, previous, version });
    }
    void queryClient.cancelQueries({ queryKey: key });
    queryClient.setQueryData<ResultsData>(key, applyChanges(data, changes));
    setRows(changes.map((c) => [c.testCaseId, { state: 'saving' }]));
    setIsBusy(true);
    void flush();
  }

  // Leaving the page would drop changes not yet sent: ask first.
  useEffect(() => {
    if (!isBusy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isBusy]);

  return { save, statuses, announcement, isSaving: isBusy };
}
