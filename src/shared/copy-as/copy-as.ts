import type { CopyFormat, CopyRequest } from './copy-request';
import { curlCopy } from './curl';
import { fetchCopy } from './fetch-js';
import { httpieCopy } from './httpie';
import { pythonCopy } from './python-requests';

const WRITERS: Record<CopyFormat, (request: CopyRequest) => string> = { curl: curlCopy, httpie: httpieCopy, fetch: fetchCopy, python: pythonCopy };

/** The stored request written as a command or code in the chosen form. */
export function copyAs(format: CopyFormat, request: CopyRequest): string {
  return WRITERS[format](request);
}
