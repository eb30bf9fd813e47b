export declare const DOWNLOAD_NOTICE: string;
export declare function installerError(output: string): string;
export declare function hintFor(error: string): string;
export declare function runElectronInstaller(
  electronDir: string,
  options?: { timeoutMs?: number },
): Promise<{ ok: true } | { ok: false; error: string }>;
