/**
 * The mocks a route may hand a request to, by name: `{"kind": "mock", "mock": "gitlab-trigger"}`. Each mock answers
 * the requests it knows (a promise of its answer) and returns null for the others, which then go on to the next route.
 */
import type { MockAnswer, MockTriggerRequest } from '../receiver/mock-trigger/mock-trigger';

export type MockHandler = (request: MockTriggerRequest) => Promise<MockAnswer> | null;

export class MockRegistry {
  private readonly mocks = new Map<string, MockHandler>();

  register(name: string, handler: MockHandler): void {
    this.mocks.set(name, handler);
  }

  get(name: string): MockHandler | null {
    return this.mocks.get(name) ?? null;
  }

  names(): string[] {
    return [...this.mocks.keys()].sort();
  }
}
