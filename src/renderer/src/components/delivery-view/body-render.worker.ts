/// <reference lib="webworker" />
/**
 * The body worker: decoding, pretty-printing and hex dumps of a 25 MB body run here, never on the page's main
 * thread. Bytes arrive transferred (no copy); only the strings to show travel back.
 */
import { createBodyWorkerAnswers } from './body-worker-answers';
import type { BodyWorkerRequest } from './body-worker-protocol';

const answer = createBodyWorkerAnswers();

self.onmessage = (event: MessageEvent<BodyWorkerRequest>) => self.postMessage(answer(event.data));
