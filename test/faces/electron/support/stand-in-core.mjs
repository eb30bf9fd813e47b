// A core process that speaks the relay's protocol but decides what to do by STAND_IN: `hold` answers only
// getCounts and keeps every other call waiting; `crash` stops (exit 3) right after saying ready; `fail` refuses to start.
const mode = process.env.STAND_IN;
const send = (message) => process.connected && process.send(message);
process.on('message', (message) => {
  if (message.type === 'start') {
    if (mode === 'fail') {
      send({ type: 'start-failed', error: `EACCES: permission denied, open '${message.dataDir}/hookbench.db'` });
      process.exit(1);
    }
    send({ type: 'ready', warnings: [`stand-in for ${message.dataDir}`] });
    if (mode === 'crash') setTimeout(() => process.exit(3), 20);
  } else if (message.type === 'call' && message.method === 'getCounts') {
    send({ type: 'answer', id: message.id, answer: { ok: true, result: { total: 7, failures: 0, internalErrors: 0 } } });
  } else if (message.type === 'close') {
    send({ type: 'closed' });
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
send({ type: 'hello' });
