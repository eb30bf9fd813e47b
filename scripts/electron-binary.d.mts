export declare function electronBinaryPath(): string | null;
export declare const ELECTRON_MISSING_MESSAGE: string;
