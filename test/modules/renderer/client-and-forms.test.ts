import { describe, expect, it } from 'vitest';
import { contractMethodNames, type ContractMethod, type HookbenchBridge } from '@shared/contract';
import { defaultSettings } from '@shared/settings';
import { ContractError } from '@shared/errors';
import { createClient } from '../../../src/renderer/src/api/client';
import { describeError } from '../../../src/renderer/src/store/describe-error';
import { receiverDraftFrom, receiverPatchFrom } from '../../../src/renderer/src/features/settings/receiver-form';
import { formatBytes, formatRelativeTime } from '../../../src/renderer/src/components/format';

describe('renderer contract client', () => {
  it('binds every contract method to bridge.call with its name and arguments', async () => {
    const calls: Array<[string, unknown[]]> = [];
    const bridge: HookbenchBridge = {
      call: (async (method: ContractMethod, ...args: unknown[]) => {
        calls.push([method, args]);
        return { ok: true, result: method };
      }) as HookbenchBridge['call'],
      on: () => () => {},
    };
    const client = createClient(bridge);
    for (const method of contractMethodNames) {
      expect(await (client[method] as (...args: unknown[]) => Promise<unknown>)(1, 'x')).toBe(method);
    }
    expect(calls).toEqual(contractMethodNames.map((method) => [method, [1, 'x']]));
  });

  it.each([
    ['refused/request', 'refused'],
    ['not-found/file', 'not-found'],
    ['conflict/file-exists', 'conflict'],
    ['bad-call/arguments', 'bad-call'],
    ['internal/unreachable', 'internal'],
  ] as const)('rethrows a %s failure as a ContractError of kind %s, with its words', async (code, kind) => {
    const bridge: HookbenchBridge = {
      call: async () => ({ ok: false, failure: { kind, code, message: `the core said ${code}` } }),
      on: () => () => {},
    };
    const failed = await createClient(bridge).readSavedSample('a.json').catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ContractError);
    expect(failed).toMatchObject({ kind, code, message: `the core said ${code}` });
  });
});

describe('describeError', () => {
  it('says to check that Hookbench is running only when it did not answer', () => {
    const quiet = { error: console.error };
    console.error = () => {};
    try {
      expect(describeError('save', new ContractError('conflict/file-exists', 'A sample file a.json already exists.'))).toBe(
        'Could not save: A sample file a.json already exists.',
      );
      expect(describeError('save', new ContractError('internal/unreachable', 'Hookbench did not answer (Failed to fetch)'))).toBe(
        'Could not save: Hookbench did not answer (Failed to fetch). Check that Hookbench is still running, then try again.',
      );
    } finally {
      console.error = quiet.error;
    }
  });
});

describe('receiver settings form', () => {
  it('round-trips the settings through the draft, and patches only what changed', () => {
    const current = defaultSettings.receiver;
    expect(receiverPatchFrom(receiverDraftFrom(defaultSettings), current)).toEqual({ patch: { receiver: {} } });
    const draft = { ...receiverDraftFrom(defaultSettings), status: '500' };
    expect(receiverPatchFrom(draft, current)).toEqual({
      patch: { receiver: { defaultResponse: { ...current.defaultResponse, status: 500 } } },
    });
  });

  it('refuses bad values with the reason in words, field by field', () => {
    const draft = { ...receiverDraftFrom(defaultSettings), port: '70000', status: '42', headers: 'no colon here' };
    const result = receiverPatchFrom(draft, defaultSettings.receiver);
    expect(result).toEqual({
      errors: {
        port: 'Enter a port from 0 to 65535 (0 picks a free port).',
        status: 'Enter an HTTP status from 100 to 599.',
        headers: 'Write one header per line as "Name: value".',
      },
    });
  });

  it('saves a change while the receiver listens on port 0, checking only the fields that changed', () => {
    const current = { ...defaultSettings.receiver, port: 0, bodyLimitBytes: 1_234_567 };
    const draft = { ...receiverDraftFrom({ ...defaultSettings, receiver: current }), status: '202' };
    expect(receiverPatchFrom(draft, current)).toEqual({
      patch: { receiver: { defaultResponse: { ...current.defaultResponse, status: 202 } } },
    });
    expect(receiverPatchFrom({ ...draft, port: '0' }, { ...current, port: 8080 })).toMatchObject({
      patch: { receiver: { port: 0 } },
    });
  });

  it("keeps the delay within the core's 60 s and header values within what HTTP can carry", () => {
    const draft = { ...receiverDraftFrom(defaultSettings), delayMs: '60001', headers: 'X-Mood: 😀' };
    const result = receiverPatchFrom(draft, defaultSettings.receiver);
    expect(result).toMatchObject({
      errors: { delayMs: 'Enter a delay in milliseconds, from 0 to 60000.', headers: expect.stringContaining('X-Mood') },
    });
    const latin1 = { ...draft, delayMs: '60000', headers: 'X-Note: café\tok' };
    expect(receiverPatchFrom(latin1, defaultSettings.receiver)).toMatchObject({
      patch: { receiver: { defaultResponse: { delayMs: 60000, headers: [['X-Note', 'café\tok']] } } },
    });
  });

  it('keeps duplicate response headers in order', () => {
    const draft = { ...receiverDraftFrom(defaultSettings), headers: 'Set-Cookie: a=1\nSet-Cookie: b=2\n' };
    const result = receiverPatchFrom(draft, defaultSettings.receiver);
    expect('patch' in result && result.patch.receiver?.defaultResponse?.headers).toEqual([
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ]);
  });
});

describe('display formats', () => {
  it('writes sizes and relative times the way the list shows them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MB');
    const now = Date.UTC(2026, 0, 1, 12);
    expect(formatRelativeTime(now - 2_000, now)).toBe('just now');
    expect(formatRelativeTime(now - 42_000, now)).toBe('42 s ago');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toBe('3 h ago');
  });
});
