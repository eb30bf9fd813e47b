import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  head: string;
  body: Buffer;
}

/**
 * Sends bytes exactly as given over a fresh TCP connection and reads the whole reply. Used where
 * fetch would normalise what the test needs to control (header case, duplicates, framing). A text head
 * has its lines ended with CRLF and the blank line added; a byte head is sent as it is, blank line included.
 */
export function rawRequest(port: number, head: string | Uint8Array, body: Uint8Array = new Uint8Array()): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server may answer and then reset a sender it cut off: the answer is what counts.
    socket.on('error', (error) => (chunks.length > 0 ? settle() : reject(error)));
    socket.on('end', settle);
    function settle() {
      const reply = Buffer.concat(chunks);
      const split = reply.indexOf('\r\n\r\n');
      const headText = reply.subarray(0, split).toString('latin1');
      resolve({ status: Number(headText.split(' ')[1]), head: headText, body: reply.subarray(split + 4) });
    }
    socket.write(typeof head === 'string' ? head.replaceAll('\n', '\r\n') + '\r\n' : head);
    // No half-close: real senders keep their side open until the answer comes.
    socket.write(body);
  });
}
