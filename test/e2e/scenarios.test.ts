/**
 * Scenarios as a user meets them: a built-in chosen on the Scenarios screen, its steps and payloads shown, played
 * step by step at a receiver (each answer and GitLab's verdict beside its step), a step's delivery opened in the
 * Inbox, and the screen reached again by its URL.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, useInspectors } from './support/inspector';
import { monacoText } from './support/monaco';
import { startTargetReceiver, type TargetReceiver } from './support/target-receiver';

const openInspector = useInspectors();
let target: TargetReceiver | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const step = (page: Page, number: number) => page.locator(`[data-testid=scenario-step][data-step="${number}"]`);

describe('Scenarios in a browser', () => {
  it('plays mr-review step by step at a receiver, with one story throughout, and opens a step\'s delivery', async () => {
    target = await startTargetReceiver();
    const { page } = await openInspector();
    await screens(page).getByRole('button', { name: 'Scenarios' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/scenarios');
    await page.getByRole('button', { name: /^mr-review/ }).click();
    await expect.poll(() => page.getByTestId('scenario-step').count()).toBe(10);
    expect(await step(page, 7).textContent()).toContain('Merge request opened · Merge Request Hook');

    // The payload of the chosen step, read-only in Monaco.
    await step(page, 1).getByRole('button').first().click();
    await expect.poll(() => monacoText(page.getByTestId('scenario-payload')), { timeout: 10_000 }).toContain('"object_kind": "push"');

    await page.getByTestId('scenario-target').fill(target.url);
    for (const number of [1, 2, 3]) {
      await page.getByRole('button', { name: 'Next step', exact: true }).click();
      await expect.poll(() => step(page, number).getAttribute('data-gitlab')).toBe('success');
    }
    expect(await step(page, 3).getByTestId('scenario-step-answer').textContent()).toMatch(/^200\d+ msanswered 200: GitLab counts a success\.Delivery #3$/);
    expect(target.received.map((request) => request.headers['x-gitlab-event'])).toEqual(['Push Hook', 'Pipeline Hook', 'Pipeline Hook']);
    const [push, pending, running] = target.received.map((request) => JSON.parse(request.body));
    expect(pending.object_attributes.sha).toBe(push.after);
    expect(running.object_attributes.id).toBe(pending.object_attributes.id);

    // A failing answer is red, with GitLab's verdict in words.
    target.answerWith(500, '{"error":"boom"}');
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect.poll(() => step(page, 4).getAttribute('data-gitlab')).toBe('failure');
    expect(await step(page, 4).getByTestId('scenario-step-answer').textContent()).toContain('answered 500: GitLab counts a failure');
    expect(JSON.parse(target.received[3].body)).toMatchObject({ object_kind: 'build', pipeline_id: pending.object_attributes.id });
    expect(await page.getByTestId('scenario-seed').textContent()).toMatch(/^Seed \d+ · next: step 5 of 10$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios.png') });

    await step(page, 4).getByRole('button', { name: 'Delivery #4' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/inbox?id=4');
    await expect.poll(() => page.getByTestId('detail-summary').textContent().catch(() => '')).toContain('500');

    await page.goto(page.url().replace(/#.*$/, '#/scenarios'));
    await page.getByRole('button', { name: /^mr-review/ }).waitFor();
    expect(await screens(page).getByRole('button', { name: 'Scenarios' }).getAttribute('aria-current')).toBe('page');
  });
});
