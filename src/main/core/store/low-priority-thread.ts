/**
 * Source text for the first lines of a background thread (kept as text, like the threads' own code): the thread
 * lowers its own priority, so the receiver's thread comes first when the cores are busy. On Linux a nice value is
 * per thread, so this lowers only this thread; elsewhere it would lower the whole process, so not there.
 */
export const LOW_PRIORITY_SOURCE = `
if (process.platform === 'linux') {
  try { require('node:os').setPriority(0, require('node:os').constants.priority.PRIORITY_LOW); } catch {}
}
`;
