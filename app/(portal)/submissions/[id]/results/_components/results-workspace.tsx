'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isNoteRequired, missingNoteProblem } from '@/lib/results/note-rule';
import { SUBMISSION_STATE_DISPLAY } from '@/lib/workflow/submission-state-display';
import { isTerminalSubmissionState, type SubmissionState } from '@/lib/workflow/submission-states';
import { useUnsavedChanges } from '@/app/_components/forms/use-unsaved-changes';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { BulkBar } from './bulk-bar';
import { CsvPanel } from './csv-panel';
import { KeyboardHelp } from './keyboard-help';
import { ReadinessPanel } from './readiness-panel';
import { fetchResults, resultsKeys } from './results-api';
import { ResultsFilters } from './results-filters';
import { RESULT_BY_KEY, groupItems, matchesFilters, summarize, toChange, type Filters, type ResultChange, type ResultItem, type ResultsData, type TestResult, type EvaluationReport } from './results-model';
import type { EvidenceOption } from './result-row';
import { ResultsTable } from './results-table';
import { keepInView } from './row-grid';
import { SummaryBar } from './summary-bar';
import { useResultsFilters } from './use-results-filters';
import { useSaveResults } from './use-save-results';

const UNSAVED_GRID_MESSAGE = 'You have changes in the results grid that are not saved yet. Leave the page and lose them?';

type Props = {
  submissionId: string;
  /** The caller is the assigned lab; it may edit while the submission is in evaluation. */
  isAssignedLab: boolean;
  evidenceOptions: EvidenceOption[];
  evidenceNames: Record<string, string>;
  report: EvaluationReport;
};

/** Per filter: row ids kept in view although they no longer match (changed while filtered), and the selection. */
type FilterScoped = { key: string; ids: ReadonlySet<string> };
const filterKey = (f: Filters) => `${f.group ?? ''}\u0000${f.result ?? ''}`;
const EMPTY: ReadonlySet<string> = new Set();

export function ResultsWorkspace({ submissionId, isAssignedLab, evidenceOptions, evidenceNames, report }: Props) {
  const queryClient = useQueryClient();
  const key = resultsKeys.detail(submissionId);
  // 'always': a grid shown again (Back after submitting) reads the current state before anyone edits it.
  const query = useQuery({ queryKey: key, queryFn: () => fetchResults(submissionId), refetchOnWindowFocus: false, refetchOnMount: 'always' });
  const [filters, setFilters, hrefFor] = useResultsFilters();
  const { save, statuses, announcement, isSaving } = useSaveResults(submissionId);
  const [pinned, setPinned] = useState<FilterScoped>({ key: '', ids: EMPTY });
  const [selection, setSelection] = useState<FilterScoped>({ key: '', ids: EMPTY });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(EMPTY);
  const [activeId, setActiveId] = useState<string | null>(null);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  // Results chosen but not sent: not applicable and inconclusive wait here for their note.
  const [drafts, setDrafts] = useState<Readonly<Record<string, ResultChange>>>({});
  const typing = useRef(new Set<string>());
  useUnsavedChanges(() => isSaving || Object.keys(drafts).length > 0 || typing.current.size > 0, UNSAVED_GRID_MESSAGE);

  const data = query.data;
  if (!data) {
    return query.isError ? (
      <Alert tone="error" title="The results could not be loaded." data-testid="results-load-error">
        <p>{query.error.message}</p>
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => query.refetch()}>
          Try again
        </Button>
      </Alert>
    ) : (
      <p className="text-sm text-slate-600">Loading the test cases…</p>
    );
  }

  const state = data.state as SubmissionState;
  const isEditable = isAssignedLab && state === 'in_evaluation';
  const currentKey = filterKey(filters);
  const pinnedIds = pinned.key === currentKey ? pinned.ids : EMPTY;
  const selected = selection.key === currentKey ? selection.ids : EMPTY;
  const items = Object.keys(drafts).length ? data.items.map((i) => (drafts[i.testCaseId] ? { ...i, ...drafts[i.testCaseId] } : i)) : data.items;
  const summary = summarize(data.items);
  const groups = groupItems(items);
  const visibleGroups = groups
    .map((g) => ({ ...g, visible: g.items.filter((i) => matchesFilters(i, filters) || pinnedIds.has(i.testCaseId)) }))
    .filter((g) => g.visible.length > 0);
  const visibleIds = visibleGroups.filter((g) => !collapsed.has(g.name)).flatMap((g) => g.visible.map((i) => i.testCaseId));
  const shownCount = visibleGroups.reduce((n, g) => n + g.visible.length, 0);
  const active = activeId && visibleIds.includes(activeId) ? activeId : (visibleIds[0] ?? null);
  const selectedVisible = visibleIds.filter((id) => selected.has(id));

  const changeFilters = (next: Partial<Filters>) => setFilters(next);
  const showMissing = () => {
    setFilters({ result: 'missing', group: null });
    document.getElementById('test-cases')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  function saveChanges(changes: ResultChange[]) {
    if (!changes.length) return;
    if (filters.group || filters.result) {
      setPinned({ key: currentKey, ids: new Set([...pinnedIds, ...changes.map((c) => c.testCaseId)]) });
    }
    save(changes);
  }

  function saveRow(item: ResultItem, overrides: Partial<ResultChange>) {
    // Read the row from the cache, not the render: two quick changes must build on each other.
    const cached = queryClient.getQueryData<ResultsData>(key)?.items.find((i) => i.testCaseId === item.testCaseId) ?? item;
    const draft = drafts[item.testCaseId];
    const latest = draft ? { ...cached, ...draft } : cached;
    const change = toChange(latest, overrides);
    if (!change) return;
    if (missingNoteProblem(change.result, change.notes)) {
      // The server refuses these without a note: keep the choice here and ask for the note.
      setDrafts((current) => ({ ...current, [item.testCaseId]: change }));
      requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-testid="result-notes-${CSS.escape(item.testCaseId)}"]`)?.focus());
      return;
    }
    if (draft) {
      setDrafts((current) => {
        const { [item.testCaseId]: _sent, ...rest } = current;
        return rest;
      });
    }
    const isSame = !draft && change.result === latest.result && change.notes === latest.notes && change.evidenceId === latest.evidenceId;
    if (isSame && statuses[item.testCaseId]?.state !== 'error') return;
    saveChanges([change]);
  }

  function applyToSelected(result: TestResult, note: string | null) {
    const chosen = data!.items.filter((i) => selectedVisible.includes(i.testCaseId));
    const notes = (i: ResultItem) => (isNoteRequired(result) ? note || i.notes : i.notes);
    saveChanges(chosen.flatMap((i) => toChange(i, { result, notes: notes(i) }) ?? []).filter((c) => !missingNoteProblem(c.result, c.notes)));
    setSelection({ key: currentKey, ids: EMPTY });
  }

  function toggleSelect(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelection({ key: currentKey, ids: next });
  }

  function focusRow(id: string | undefined) {
    const element = id ? rowElements.current.get(id) : undefined;
    if (!id || !element) return;
    setActiveId(id);
    element.focus({ preventScroll: true });
    keepInView(element);
  }

  function onRowKeyDown(item: ResultItem, event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const pressed = event.key.toLowerCase();
    if (isEditable && Object.hasOwn(RESULT_BY_KEY, pressed)) {
      event.preventDefault();
      saveRow(item, { result: RESULT_BY_KEY[pressed] });
      return;
    }
    if (isEditable && (pressed === ' ' || pressed === 'x')) {
      event.preventDefault();
      toggleSelect(item.testCaseId);
      return;
    }
    const index = visibleIds.indexOf(item.testCaseId);
    const target = {
      ArrowDown: visibleIds[index + 1],
      ArrowUp: visibleIds[index - 1],
      Home: visibleIds[0],
      End: visibleIds[visibleIds.length - 1],
    }[event.key];
    if (target) {
      event.preventDefault();
      focusRow(target);
    }
  }

  const readOnlyNote = isAssignedLab
    ? `Results can only be changed while the submission is in evaluation; it is ${SUBMISSION_STATE_DISPLAY[state]?.label.toLowerCase() ?? state}.`
    : 'Read-only: the lab assigned to this submission records its results.';

  return (
    <div className="space-y-6">
      <p role="status" className="sr-only" data-testid="results-announcement">
        {announcement}
      </p>
      {isEditable ? null : (
        <Alert tone="info" data-testid="results-readonly">
          {readOnlyNote}
          {isAssignedLab && isTerminalSubmissionState(state) ? ' The results are kept as they were submitted.' : null}
        </Alert>
      )}
      {query.isError ? (
        <Alert tone="warning" data-testid="results-refresh-error">
          The latest results could not be loaded ({query.error.message}); what you see may be out of date.
        </Alert>
      ) : null}

      <SummaryBar summary={summary} filterHref={(result) => hrefFor({ result })} onFilter={(result) => changeFilters({ result })} />

      {isEditable ? (
        <ReadinessPanel
          submissionId={submissionId}
          version={data.submissionVersion}
          items={data.items}
          summary={summary}
          report={report}
          hasDrafts={Object.keys(drafts).length > 0}
          missingHref={hrefFor({ result: 'missing', group: null })}
          onShowMissing={showMissing}
        />
      ) : null}

      <Card id="test-cases" title="Test cases" description={`Every SCAS test case that applies to this ${data.networkFunction}${data.isVirtualized ? ' (virtualized)' : ''} product, by group.`} actions={<CsvPanel submissionId={submissionId} isEditable={isEditable} />}>
        <div className="space-y-4">
          <ResultsFilters filters={filters} groups={groups.map((g) => g.name)} shown={shownCount} total={data.items.length} onChange={changeFilters} />
          {isEditable ? (
            <BulkBar selectedCount={selectedVisible.length} isSaving={isSaving} onApply={applyToSelected} onClear={() => setSelection({ key: currentKey, ids: EMPTY })} />
          ) : null}
          <KeyboardHelp isEditable={isEditable} />
          {visibleGroups.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No test case matches these filters"
              body={filters.result === 'missing' ? 'Every test case has a result.' : 'Choose another group or result, or clear the filters.'}
              action={
                <Button variant="secondary" onClick={() => changeFilters({ group: null, result: null })}>
                  Clear filters
                </Button>
              }
              data-testid="results-empty-filtered"
            />
          ) : (
            <ResultsTable
              groups={visibleGroups}
              isEditable={isEditable}
              collapsed={collapsed}
              selected={selected}
              visibleIds={visibleIds}
              activeId={active}
              statuses={statuses}
              drafts={drafts}
              onTyping={(id, isTyping) => {
                if (isTyping) typing.current.add(id);
                else typing.current.delete(id);
              }}
              evidenceOptions={evidenceOptions}
              evidenceNames={evidenceNames}
              onToggleGroup={(name) => {
                const next = new Set(collapsed);
                if (next.has(name)) next.delete(name);
                else next.add(name);
                setCollapsed(next);
              }}
              onToggleSelect={toggleSelect}
              onSelectAllVisible={(select) => setSelection({ key: currentKey, ids: select ? new Set([...selected, ...visibleIds]) : EMPTY })}
              onSaveRow={saveRow}
              onRetry={(change) => saveChanges([change])}
              onRowKeyDown={onRowKeyDown}
              onRowFocus={setActiveId}
              rowRef={(id) => (element) => {
                if (element) rowElements.current.set(id, element);
                else rowElements.current.delete(id);
              }}
            />
          )}
        </div>
      </Card>
    </div>
  );
}
