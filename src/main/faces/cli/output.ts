/**
 * The CLI's stdout. A reader that goes away (`hookbench export | head -c1`, a closed pager) ends the output
 * quietly: it is not an error of Hookbench's, and a receiver writing its log keeps receiving.
 */
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
});

export const out = (text: string): void => {
  if (!readerGone) process.stdout.write(text);
};

function drainedOrClosed(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      resolve();
    };
    process.stdout.once('drain', done);
    process.stdout.once('close', done);
  });
}

/** Writes each chunk at the reader's pace, so a large export is never buffered whole; stops when the reader goes. */
export async function streamOut(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (readerGone || process.stdout.destroyed) return;
    if (!process.stdout.write(chunk)) await drainedOrClosed();
  }
}
