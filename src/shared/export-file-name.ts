import type { ExportFormat } from './contract';

/** What an export of a selection is called: the download's name in the browser, the save dialog's default in the app. */
export function exportFileName(format: ExportFormat, count: number): string {
  return `hookbench-${count}-${count === 1 ? 'delivery' : 'deliveries'}.${format}`;
}
