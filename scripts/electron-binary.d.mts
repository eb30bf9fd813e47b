export declare function electronPackageDir(): string | null;
export declare function expectedElectronBinary(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null;
export declare function electronBinaryPath(env?: NodeJS.ProcessEnv): string | null;
export declare const FALLBACK_LINE: string;
export declare const ELECTRON_MISSING_MESSAGE: string;
