import type { ContractClient, ExportFormat } from '@shared/contract';
import type { DesktopBridge } from '@shared/desktop';
import { exportFileName } from '@shared/export-file-name';
import type { ExportSaver } from '../../store/bulk-slice';

const MIME: Record<ExportFormat, string> = { har: 'application/json', ndjson: 'application/x-ndjson' };

/** The browser's way: the export's text as a download (secrets masked, as the core exports them). */
function download(client: ContractClient): ExportSaver {
  return async (format, ids) => {
    const text = await client.exportDeliveries(format, ids);
    const name = exportFileName(format, ids.length);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
    link.download = name;
    link.click();
    // After the click has handed the URL to the download, which keeps its own copy.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return `the downloads folder (${name})`;
  };
}

/** The desktop app saves through its native dialog (its main process writes the file); the browser downloads. */
export function exportSaver(client: ContractClient, desktop: Pick<DesktopBridge, 'saveExport'> | undefined): ExportSaver {
  return desktop ? (format, ids) => desktop.saveExport(format, ids) : download(client);
}
