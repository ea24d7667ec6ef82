const kbd = 'rounded border border-slate-300 bg-white px-1 font-mono text-[11px] text-slate-800 shadow-sm';

/** The grid's shortcuts, always on the page. */
export function KeyboardHelp({ isEditable }: { isEditable: boolean }) {
  return (
    <div className="text-xs text-slate-600" data-testid="results-keyboard-help">
      <p className="font-medium text-slate-700">Keyboard</p>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <span>
          Focus a row (Tab into the table), then <kbd className={kbd}>↑</kbd> <kbd className={kbd}>↓</kbd> move between test cases,{' '}
          <kbd className={kbd}>Home</kbd> <kbd className={kbd}>End</kbd> jump to the first or last
        </span>
        {isEditable ? (
          <>
            <span>
              <kbd className={kbd}>P</kbd> pass · <kbd className={kbd}>F</kbd> fail · <kbd className={kbd}>I</kbd> inconclusive ·{' '}
              <kbd className={kbd}>N</kbd> not applicable — saved at once
            </span>
            <span>
              <kbd className={kbd}>Space</kbd> or <kbd className={kbd}>X</kbd> selects the row for “Set selected to…”
            </span>
            <span>Notes are saved when you leave the field; <kbd className={kbd}>Esc</kbd> undoes unsaved typing.</span>
          </>
        ) : null}
      </p>
    </div>
  );
}
