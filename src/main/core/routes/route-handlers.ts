import type { ContractHandlers, RouteTest } from '@shared/contract';
import type { RouteTestResult } from '@shared/route';
import { UserError } from '@shared/user-error';
import { RouteTable, type RouteDecision } from './route-table';
import type { RouteKeeper } from './route-keeper';
import { MockRegistry } from './mock-registry';

/** What a mock's stand-in answers in a test: never sent, only there to say the mock takes the request. */
const TAKEN = Promise.resolve({ status: 0, headers: [], body: '' });

type RouteMethods = 'listRoutes' | 'saveRoute' | 'deleteRoute' | 'testRoute';

function routeFile(file: unknown, action: string): string {
  if (typeof file !== 'string') throw new UserError(`Name the route file to ${action}.`);
  return file;
}

function outcome(decision: RouteDecision): string {
  switch (decision.kind) {
    case 'answer': {
      const { status, delayMs } = decision.response;
      return `answered ${status}${delayMs > 0 ? ` after ${delayMs / 1000} s` : ''}`;
    }
    case 'forward':
      return `forwarded to ${decision.target.href}`;
    case 'mock':
      return `answered by the ${decision.mock} mock`;
  }
}

/**
 * "Test a path against the rules": the routes in force tried on a copy, so a "next N" route keeps its count and
 * a mock makes no pipeline. A mock's own answer is not computed; a mock route is shown as taking the request.
 */
function testRoute(keeper: RouteKeeper, request: RouteTest): RouteTestResult {
  const entries = keeper.list();
  const standIns = new MockRegistry();
  for (const name of keeper.mocks.names()) standIns.register(name, () => TAKEN);
  const table = new RouteTable(standIns);
  table.set(entries);
  const rawHeaders = (request.headers ?? []).flat();
  const decision = table.decide({ method: request.method.toUpperCase(), url: request.url, rawHeaders, body: Buffer.alloc(0) });
  if (!decision) return { file: null, name: null, outcome: 'no route matches: the receiver\'s default answer' };
  const name = entries.find((entry) => entry.file === decision.file)?.route?.name ?? null;
  return { file: decision.file, name, outcome: outcome(decision) };
}

export function createRouteHandlers(keeper: RouteKeeper): Pick<ContractHandlers, RouteMethods> {
  return {
    listRoutes: () => ({ folder: keeper.folder().path, entries: keeper.list() }),
    saveRoute: (route, file, overwrite) => keeper.save(route, file == null ? null : routeFile(file, 'save to'), overwrite === true),
    deleteRoute: (file) => keeper.delete(routeFile(file, 'delete')),
    testRoute: (request) => testRoute(keeper, request),
  };
}
