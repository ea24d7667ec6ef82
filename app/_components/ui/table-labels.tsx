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

function labelCells(table: HTMLTableElement) {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!headerRow) return;
  const labels: string[] = [];
  for (const cell of Array.from(headerRow.cells)) {
    for (let i = 0; i < cell.colSpan; i++) labels.push(cell.dataset.label ?? cell.textContent?.trim() ?? '');
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
