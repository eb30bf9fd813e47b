/**
 * The core process: what the desktop app starts with utilityProcess.fork (talking over process.parentPort), and
 * what tests start with child_process.fork (talking over process.send). Nothing here imports Electron.
 */
import type { FromCore, ToCore } from './messages';
import { serveCore, type CorePort } from './serve-core';

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentPortOf(parentPort: ParentPort): CorePort {
  return {
    send: (message) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToCore)),
  };
}

function ipcChannelPort(): CorePort {
  const send = process.send!.bind(process);
  return {
    // After the parent has gone (disconnect) there is no one left to tell.
    send: (message: FromCore) => void (process.connected && send(message)),
    onMessage: (listener) => process.on('message', (message) => listener(message as ToCore)),
  };
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;
if (!parentPort && !process.send) {
  console.error('The Hookbench core process is started by the desktop app; run `npx hookbench serve` to use it on its own.');
  process.exit(1);
}
const served = serveCore(parentPort ? parentPortOf(parentPort) : ipcChannelPort(), (code) => process.exit(code));
// A parent that goes away without saying close must not leave a core holding the receiver's port: store what is queued, then go.
process.on('disconnect', () => void served.close());
