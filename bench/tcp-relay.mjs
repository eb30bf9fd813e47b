// A reference for the forwarding bench: the least any forwarder in user space can do, a TCP relay to the target
// (argv[2]) that parses nothing, stores nothing and cannot route.
import { connect, createServer } from 'node:net';

const target = new URL(process.argv[2]);
const server = createServer((client) => {
  const upstream = connect(Number(target.port), target.hostname);
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
