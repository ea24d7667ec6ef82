'use client';

import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ResultRow, type EvidenceOption, type RowHandlers } from './result-row';
import { COLUMNS, rowGrid, tableMinWidth } from './row-grid';
import type { ResultChange, ResultGroup, ResultItem } from './results-model';
import type { RowStatus } from './use-save-results';

export type VisibleGroup = ResultGroup & { visible: ResultItem[] };

type Props = {
  groups: VisibleGroup[];
  isEditable: boolean;
  collapsed: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  visibleIds: readonly string[];
  activeId: string | null;
  statuses: Readonly<Record<string, RowStatus>>;
  /** Rows whose result waits for a note before it is sent. */
  drafts: Readonly<Record<string, ResultChange>>;
  onTyping: (id: string, isTyping: boolean) => void;
  evidenceOptions: readonly EvidenceOption[];
  evidenceNames: Readonly<Record<string, string>>;
  onToggleGroup: (name: string) => void;
  onToggleSelect: (id: string) => void;
  onSelectAllVisible: (select: boolean) => void;
  onSaveRow: (item: ResultItem, overrides: Partial<ResultChange>) => void;
  onRetry: (change: ResultChange) => void;
  onRowKeyDown: (item: ResultItem, event: KeyboardEvent<HTMLTableRowElement>) => void;
  onRowFocus: (id: string) => void;
  rowRef: (id: string) => (element: HTMLTableRowElement | null) => void;
};

export const groupSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const head = 'px-2 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase';

/**
 * Rows in the first render (server and hydration): a tall screenful, since the grid starts below the
 * summary and filters. Each one costs the first style, layout and hydration even when off screen: 40
 * took ~70 ms more of the browser's main thread than 16 (Chromium trace, 300 rows).
 */
const FIRST_ROWS = 16;

/**
 * How many rows to render now: the first screenful, then every other row in one pass right after
 * hydration. One pass, not a chunk per frame: each chunk made the browser lay the whole table out
 * again and waited for a frame. Not a transition either: any other update meanwhile (the unread
 * badge's fetch, the router) threw a transition's half-done render of hundreds of rows away and
 * started it again (a React profiling trace of test/e2e/decision-panel.spec.ts). Every row is in
 * the page, so find-in-page and keyboard navigation see them all.
 */
function useRowBudget(): number {
  const [budget, setBudget] = useState(FIRST_ROWS);
  useEffect(() => setBudget(Number.POSITIVE_INFINITY), []);
  return budget;
}

export function ResultsTable(props: Props) {
  const { groups, isEditable, collapsed, selected, visibleIds } = props;
  const columns = isEditable ? 8 : 7;
  const gridStyle = { '--results-columns': isEditable ? COLUMNS.editable : COLUMNS.readOnly } as CSSProperties;
  const selectedVisible = visibleIds.filter((id) => selected.has(id)).length;
  const allRef = useRef<HTMLInputElement>(null);
  // Stable handlers, so a memoised row re-renders only when its own data changes.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const [rowHandlers] = useState<RowHandlers>(() => ({
    onSave: (item, overrides) => latest.current.onSaveRow(item, overrides),
    onRetry: (change) => latest.current.onRetry(change),
    onToggleSelect: (id) => latest.current.onToggleSelect(id),
    onKeyDown: (item, event) => latest.current.onRowKeyDown(item, event),
    onFocus: (id) => latest.current.onRowFocus(id),
    rowRef: (id, element) => latest.current.rowRef(id)(element),
    onTyping: (id, isTyping) => latest.current.onTyping(id, isTyping),
  }));
  let budget = useRowBudget();
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedVisible > 0 && selectedVisible < visibleIds.length;
  }, [selectedVisible, visibleIds.length]);

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {/* Below md each row is a card: the header row hides and the cells wrap. */}
      <table role="table" style={gridStyle} className={`block divide-y divide-slate-200 text-left text-sm ${tableMinWidth}`} data-testid="results-table">
        <caption className="sr-only">
          Test cases by group. Focus a row and press P, F, I or N to set its result; the arrow keys move between rows.
        </caption>
        <thead role="rowgroup" className="block bg-slate-50 max-md:hidden">
          <tr role="row" className={rowGrid}>
            {isEditable ? (
              <th scope="col" role="columnheader" className={head}>
                <input
                  ref={allRef}
                  type="checkbox"
                  checked={visibleIds.length > 0 && selectedVisible === visibleIds.length}
                  disabled={visibleIds.length === 0}
                  onChange={(e) => props.onSelectAllVisible(e.target.checked)}
                  aria-label={`Select all ${visibleIds.length} shown test cases`}
                  className="size-4 rounded border-slate-400 accent-sky-800"
                  data-testid="results-select-all-visible"
                />
              </th>
            ) : null}
            <th scope="col" role="columnheader" className={head}>Clause</th>
            <th scope="col" role="columnheader" className={head}>
              Title <span className="font-normal normal-case">and test names</span>
            </th>
            <th scope="col" role="columnheader" className={head}>Spec</th>
            <th scope="col" role="columnheader" className={head}>Result</th>
            <th scope="col" role="columnheader" className={head}>Notes</th>
            <th scope="col" role="columnheader" className={head}>Evidence</th>
            <th scope="col" role="columnheader" className={head}>{isEditable ? 'Saved' : 'Recorded'}</th>
          </tr>
        </thead>
        {groups.map((group) => {
          const slug = groupSlug(group.name);
          const isCollapsed = collapsed.has(group.name);
          const recorded = group.items.filter((i) => i.result !== null).length;
          const percent = group.items.length ? Math.round((recorded / group.items.length) * 100) : 0;
          const rendered = isCollapsed ? 0 : Math.min(group.visible.length, Math.max(0, budget));
          budget -= rendered;
          return (
            <tbody key={group.name} role="rowgroup" className="block divide-y divide-slate-100" data-testid={`results-group-${slug}`}>
              <tr role="row" className="block bg-slate-100/70">
                <th scope="rowgroup" role="rowheader" colSpan={columns} className="block px-2 py-2 text-left">
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <button
                      type="button"
                      aria-expanded={!isCollapsed}
                      onClick={() => props.onToggleGroup(group.name)}
                      className="inline-flex items-center gap-2 rounded text-left text-sm font-semibold text-slate-900 hover:text-sky-800"
                      data-testid={`results-group-toggle-${slug}`}
                    >
                      <span aria-hidden="true" className="inline-block w-3 text-slate-500">
                        {isCollapsed ? '▸' : '▾'}
                      </span>
                      {group.name}
                      <span className="font-normal text-slate-500">({group.specs.join(', ')})</span>
                    </button>
                    <span className="flex items-center gap-2 text-xs font-normal text-slate-700" data-testid={`results-group-progress-${slug}`}>
                      <span className="tabular-nums">
                        {recorded} of {group.items.length} recorded
                      </span>
                      <span aria-hidden="true" className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-300">
                        <span className="block h-full rounded-full bg-sky-700" style={{ width: `${percent}%` }} />
                      </span>
                    </span>
                  </div>
                </th>
              </tr>
              {isCollapsed
                ? null
                : group.visible.slice(0, rendered).map((item) => (
                    <ResultRow
                      key={item.testCaseId}
                      item={item}
                      isEditable={isEditable}
                      isSelected={selected.has(item.testCaseId)}
                      isActive={props.activeId === item.testCaseId}
                      status={props.statuses[item.testCaseId]}
                      isDraft={item.testCaseId in props.drafts}
                      evidenceOptions={props.evidenceOptions}
                      evidenceNames={props.evidenceNames}
                      handlers={rowHandlers}
                    />
                  ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
