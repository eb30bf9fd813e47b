import type { KeyboardEvent } from 'react';

const CHIPS = 'a, [tabindex="0"]';

/** The chips of a table cell or row, in reading order. */
const chipsIn = (element: Element | null | undefined): HTMLElement[] => (element ? [...element.querySelectorAll<HTMLElement>(CHIPS)] : []);

/**
 * Arrow keys move between the matrix's cases (left and right along the event's row, up and down the column), so a
 * keyboard user need not Tab through every case; Tab still enters and leaves the matrix.
 */
export function moveInMatrix(event: KeyboardEvent<HTMLTableSectionElement>): void {
  const chip = (event.target as HTMLElement).closest<HTMLElement>(CHIPS);
  const cell = chip?.closest('td');
  const row = cell?.closest('tr');
  if (!chip || !cell || !row) return;
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    const along = chipsIn(row);
    next = along[along.indexOf(chip) + (event.key === 'ArrowRight' ? 1 : -1)];
  } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    const column = [...row.children].indexOf(cell);
    const rows = [...(row.parentElement?.children ?? [])];
    const step = event.key === 'ArrowDown' ? 1 : -1;
    for (let index = rows.indexOf(row) + step; index >= 0 && index < rows.length && !next; index += step) {
      next = chipsIn(rows[index]!.children[column])[0];
    }
  }
  if (!next) return;
  event.preventDefault();
  next.focus();
}
