// A reference for the forwarding bench: a node:http proxy to the target (argv[2]) that stores nothing: each request
// read whole, sent on over kept-alive connections, and the target's answer read whole and passed back.
import { Agent, createServer, request } from 'node:http';

const target = new URL(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const out = request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      const parts = [];
      answer.on('data', (chunk) => parts.push(chunk));
      answer.on('end', () => res.writeHead(answer.statusCode, answer.headers).end(Buffer.concat(parts)));
    });
    out.on('error', () => res.writeHead(502).end());
    out.end(Buffer.concat(chunks));
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
