'use client';

import { useLayoutEffect, useRef } from 'react';

/**
 * Gives every body cell of the surrounding table the text of its column header as `data-label`, so the
 * phone layout (globals.css, `.responsive-table`) can show each row as a card of "label: value" lines.
 * Copying from the header keeps one source for the words; a cell with its own data-label keeps it.
 * Rows rendered later (client tables) are labelled too.
 */
export function TableLabels() {
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const table = marker.current?.parentElement?.querySelector('table');
    if (!table) return;
    labelCells(table);
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return <span ref={marker} hidden />;
}

/** The header's visible words: its own data-label, else its text without screen-reader-only or decorative parts. */
function labelOf(cell: HTMLTableCellElement): string {
  if (cell.dataset.label !== undefined) return cell.dataset.label;
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function labelCells(table: HTMLTableElement) {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!headerRow) return;
  const labels: string[] = [];
  for (const cell of Array.from(headerRow.cells)) {
    const label = labelOf(cell);
    for (let i = 0; i < cell.colSpan; i++) labels.push(label);
  }
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const label = labels[column];
        if (label && cell.colSpan === 1 && cell.dataset.label === undefined) cell.dataset.label = label;
        column += cell.colSpan;
      }
    }
  }
}
