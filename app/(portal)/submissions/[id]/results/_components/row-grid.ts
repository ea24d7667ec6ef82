/**
 * The columns from md up. Every row is its own CSS grid on these fixed tracks instead of a table row:
 * an automatic table layout measures every cell of every row before it can place one, and a table
 * row cannot skip its layout while off screen (`content-visibility` needs a box of its own). The
 * elements keep their table roles explicitly, so screen readers still read a table whatever the CSS.
 */
export const COLUMNS = {
  editable: '2rem 6rem minmax(8.75rem,2fr) 5.25rem 10rem minmax(9rem,1fr) 9rem 7rem',
  readOnly: '6rem minmax(10rem,2fr) 5.25rem 8.5rem minmax(9rem,1fr) minmax(7rem,1fr) 9.5rem',
};
/** The tracks' least width; narrower than that the table scrolls sideways in its frame. */
export const tableMinWidth = 'md:min-w-[57rem]';
/** A row's classes for those columns (the header row and every test case). */
export const rowGrid = 'md:grid md:grid-cols-(--results-columns) md:items-start';

/**
 * Scrolls a row into view and keeps it there for a few frames: rows off screen are counted at a
 * typical height until they are laid out, so once the rows around it are shown (after the first
 * scroll) the row can have moved (End from the top of a long grid left it below the screen).
 */
export function keepInView(element: HTMLElement, frames = 4) {
  element.scrollIntoView({ block: 'nearest' });
  if (frames > 0) requestAnimationFrame(() => keepInView(element, frames - 1));
}
