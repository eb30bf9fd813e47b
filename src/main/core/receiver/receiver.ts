import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ReceiverState } from '@shared/contract';
import { isLoopbackHost, type DefaultResponse } from '@shared/settings';
import type { DeliveryRecord } from '../store/delivery-record';
import { capturedRecord } from './captured-record';
import { listenFailureMessage } from './listen-failure';
import { MockTrigger, type MockAnswer, type MockTriggerConfig } from './mock-trigger/mock-trigger';
import { answerAsJenkins, type MockJenkinsConfig } from '../jenkins/mock-jenkins';
import { NOT_CONFIGURED } from '../verify/check-result';
import { ParserRejections, writeRawAnswer } from './parser-rejections';
import { plainText, prepare, send, type PreparedResponse } from './prepared-response';
import { checkDelivery, type DeliveryChecks, type ReceiverVerification } from '../verify/receiver-checks';
import type { RouteDecision, RouteTable } from '../routes/route-table';
import type { Forwarder } from '../forward/forwarder';

export interface ReceiverConfig {
  host: string;
  port: number;
  bodyLimitBytes: number;
  defaultResponse: DefaultResponse;
  verification: ReceiverVerification;
  mockTrigger: MockTriggerConfig;
  mockJenkins: MockJenkinsConfig;
  routes: RouteTable;
  /** Why the receiver must not listen (a store that cannot keep deliveries), in words; null when it may. */
  refusal: string | null;
}

export type Capture = (record: DeliveryRecord, stored: (error: Error | null, id: number) => void) => void;

const EMPTY = Buffer.alloc(0);
const UNCHECKED: DeliveryChecks = { token: NOT_CONFIGURED, signature: NOT_CONFIGURED, rejection: null };
const STOP_GRACE_MS = 2_000;
/** After the limit, this much more (at least 1 MiB) is read and dropped so the sender sees the 413. */
const overLimitDrainBytes = (limit: number) => Math.max(limit, 1024 * 1024);

/** Not stored, so not acknowledged: the sender must see a failure and may retry. */
const notStored = (error: Error) => plainText(503, `Hookbench could not store this delivery: ${error.message}`);

function formatUrl(host: string, port: number): string {
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

function closeGracefully(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    // A sender still streaming a body after this grace period is cut off rather than waited for.
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  });
}

/**
 * The capture endpoint: any method on any path, like GitLab's WEBrick echo. Plain node:http
 * rather than express, because this is the hot path and a framework costs most of its throughput.
 */
export class Receiver {
  private server: Server | null = null;
  private state: ReceiverState;
  private prepared: { source: DefaultResponse; response: PreparedResponse } | null = null;
  private readonly mockTrigger = new MockTrigger();
  private readonly rejections = new ParserRejections();

  constructor(
    private readonly config: () => ReceiverConfig,
    private readonly capture: Capture,
    private readonly forwarder: Forwarder,
  ) {
    const { host, port } = config();
    this.state = { status: 'stopped', host, port, url: null, exposed: !isLoopbackHost(host), message: null };
  }

  getState(): ReceiverState {
    return this.state;
  }

  /**
   * Listens where the config says. A new port is bound before the old one is let go, so a port that cannot be
   * used leaves the receiver listening where it was (getState() still says so) and only the answer says why.
   */
  async start(): Promise<ReceiverState> {
    const { host, port, refusal } = this.config();
    if (refusal) {
      // Listening would acknowledge deliveries that cannot be kept: refuse, so senders see the failure.
      await this.stop();
      this.state = { status: 'error', host, port, url: null, exposed: !isLoopbackHost(host), message: refusal };
      return this.state;
    }
    const previous = this.server ? this.state : null;
    // The same port must be released first or the new socket could not bind it; on failure the old one comes back.
    const reusesPort = previous !== null && port !== 0 && port === previous.port;
    if (reusesPort) await this.stop();
    const attempt = await this.listenOn(host, port);
    if (attempt.server) {
      const old = this.server;
      this.server = attempt.server;
      this.state = attempt.state;
      if (old) await closeGracefully(old);
      return attempt.state;
    }
    if (reusesPort) {
      const back = await this.listenOn(previous.host, previous.port);
      if (back.server) [this.server, this.state] = [back.server, back.state];
    }
    if (!this.server) this.state = attempt.state;
    return attempt.state;
  }

  private listenOn(host: string, port: number): Promise<{ server: Server | null; state: ReceiverState }> {
    const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => this.handle(req, res));
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => this.rejections.onClientError(error, socket));
    server.on('connect', (req: IncomingMessage, socket: Socket) => this.handleConnect(req, socket));
    const exposed = !isLoopbackHost(host);
    return new Promise((resolve) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        resolve({ server: null, state: { status: 'error', host, port, url: null, exposed, message: listenFailureMessage(error, host, port) } });
      });
      server.listen(port, host, () => {
        const bound = (server.address() as AddressInfo).port;
        resolve({ server, state: { status: 'listening', host, port: bound, url: formatUrl(host, bound), exposed, message: null } });
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const { host, port } = this.config();
    this.state = { status: 'stopped', host, port, url: null, exposed: !isLoopbackHost(host), message: null };
    await closeGracefully(server);
  }

  private defaultResponse(source: DefaultResponse): PreparedResponse {
    if (this.prepared?.source !== source) {
      this.prepared = { source, response: prepare(source.status, source.headers, source.body, source.delayMs) };
    }
    return this.prepared.response;
  }

  /** Over-limit first, then a mock's answer, then refused deliveries, then a route's answer, else the default response. */
  private responseTo(
    size: number,
    overLimit: boolean,
    mockAnswer: Promise<MockAnswer> | null,
    checks: DeliveryChecks,
    config: ReceiverConfig,
    routeAnswer: PreparedResponse | null = null,
  ): PreparedResponse | Promise<PreparedResponse> {
    if (overLimit) {
      const limit = config.bodyLimitBytes;
      return plainText(413, `Body of ${size} bytes is over the ${limit}-byte limit; it was not stored.`, [['Connection', 'close']]);
    }
    if (mockAnswer) {
      return mockAnswer.then(
        (answer) => prepare(answer.status, answer.headers, answer.body, 0),
        // A bug in the mock: the sender still gets an answer and the delivery is still kept.
        (error: Error) => plainText(500, `Hookbench's mock failed: ${error.message}`),
      );
    }
    if (checks.rejection) return plainText(401, checks.rejection);
    return routeAnswer ?? this.defaultResponse(config.defaultResponse);
  }

  /**
   * CONNECT is a method like any other here: answered with what any request gets and stored. Hookbench is
   * no proxy, so no tunnel follows: the connection closes after the answer.
   */
  private handleConnect(req: IncomingMessage, socket: Socket): void {
    const receivedAt = Date.now();
    const started = performance.now();
    const config = this.config();
    socket.on('error', () => {
      // The sender went away before the answer: nothing more to do.
    });
    const checks = checkDelivery(config.verification, req.rawHeaders, EMPTY, receivedAt);
    void Promise.resolve(this.responseTo(0, false, null, checks, config)).then((prepared) => {
      const response = { ...prepared, headers: [...prepared.headers, 'Connection', 'close'] };
      const record = capturedRecord(req, { receivedAt, started, body: EMPTY, size: 0, overLimit: false, response, checks });
      this.capture(record, (error) => {
        if (error) writeRawAnswer(socket, notStored(error));
        else setTimeout(() => writeRawAnswer(socket, response), response.delayMs);
      });
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const receivedAt = Date.now();
    const started = performance.now();
    const config = this.config();
    const limit = config.bodyLimitBytes;
    const chunks: Buffer[] = [];
    let size = 0;
    let overLimit = false;
    let finished = false;
    this.rejections.begin(req.socket, res);
    const finish = () => {
      if (finished) return;
      finished = true;
      const body = overLimit || size === 0 ? EMPTY : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      const nodeAnswer = this.rejections.decide(req.socket);
      if (nodeAnswer) {
        // Node's parser has answered and closed the connection already: that answer is what the sender got.
        const checks = checkDelivery(config.verification, req.rawHeaders, body, receivedAt);
        this.capture(capturedRecord(req, { receivedAt, started, body, size, overLimit, response: nodeAnswer, checks }), () => {});
        return;
      }
      const request = { method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders, body };
      // The mock flags come ahead of the routes, as their own routes would.
      const flagMockAnswer = overLimit ? null : (this.mockTrigger.answer(config.mockTrigger, request) ?? answerAsJenkins(config.mockJenkins, request));
      const route: RouteDecision | null = overLimit || flagMockAnswer ? null : config.routes.decide(request);
      const mockAnswer = flagMockAnswer ?? (route?.kind === 'mock' ? route.answer : null);
      // A mock judges its calls itself (GitLab's trigger API checks no X-Gitlab-Token, Jenkins checks its job's), not the receiver's checks.
      const checks = mockAnswer ? UNCHECKED : checkDelivery(config.verification, req.rawHeaders, body, receivedAt);
      if (route?.kind === 'forward' && !checks.rejection) {
        this.forwarder.forward({ req, res, exchange: { receivedAt, started, body, size, checks }, action: route.action, target: route.target, notStored });
        return;
      }
      // Stored as it went over the wire, the mock's token included: it is masked when shown or exported.
      const respond = (response: PreparedResponse) =>
        this.capture(capturedRecord(req, { receivedAt, started, body, size, overLimit, response, checks }), (error) => {
          if (error) {
            send(res, notStored(error));
          } else if (response.delayMs > 0) {
            setTimeout(() => send(res, response), response.delayMs);
          } else {
            send(res, response);
          }
        });
      const response = this.responseTo(size, overLimit, mockAnswer, checks, config, route?.kind === 'answer' ? route.response : null);
      // The default answer stays synchronous: only trigger calls to the mock wait for their body to be parsed.
      if (response instanceof Promise) void response.then(respond);
      else respond(response);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (overLimit) {
        // Reading on lets the sender see the 413; past this much more, it is cut off instead.
        if (size > limit + overLimitDrainBytes(limit)) {
          finish();
          req.pause();
          res.once('finish', () => req.destroy());
        }
        return;
      }
      if (size > limit) {
        overLimit = true;
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    });
    req.on('error', () => {
      // The sender went away mid-body: it saw no acknowledgement, so there is nothing to keep.
    });
    req.on('end', finish);
  }

}
