/** The one name–value table: headers as they crossed the wire (read-only) and pairs to edit (custom headers, variables). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeaderRows, type Pair } from '../../../src/renderer/src/components/HeaderRows';
import { pairListEdits } from '../../../src/renderer/src/components/pair-list';

const WIRE: Pair[] = [['X-Gitlab-Event', 'Push Hook'], ['Set-Cookie', 'a=1'], ['set-cookie', 'b=2']];
const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1]);
const rowNames = (html: string) => [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1]);

describe('HeaderRows, read-only', () => {
  it('shows every header in wire order and case, duplicates on their own rows, each value copyable, and Copy all', () => {
    const html = renderToStaticMarkup(createElement(HeaderRows, { mode: 'read-only', rows: WIRE, title: 'Response headers' }));
    expect(rowNames(html)).toEqual(['X-Gitlab-Event', 'Set-Cookie', 'set-cookie']);
    expect(html).toContain('Response headers <span class="muted">(3)</span>');
    expect(attributes(html, 'title')).toEqual([
      'Copy all response headers', 'Copy the value of X-Gitlab-Event', 'Copy the value of Set-Cookie', 'Copy the value of set-cookie',
    ]);
    expect(html).toContain('data-testid="headers-table"');
  });

  it('says there are none rather than an empty table', () => {
    const html = renderToStaticMarkup(createElement(HeaderRows, { mode: 'read-only', rows: [], title: 'Request headers' }));
    expect(html).toContain('No headers.');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('Copy all');
  });

  it('without copies, gives each row its own last cell (Compose: Edit, custom, masked)', () => {
    const html = renderToStaticMarkup(createElement(HeaderRows, {
      mode: 'read-only', rows: WIRE.slice(0, 2), copy: false, testId: 'headers-preview',
      rowAction: (name: string) => createElement('button', { 'aria-label': `Edit ${name}` }, 'Edit'),
    }));
    expect(html).not.toContain('Copy');
    expect(attributes(html, 'aria-label')).toEqual(['Edit X-Gitlab-Event', 'Edit Set-Cookie']);
    expect(html).toContain('data-testid="headers-preview"');
  });
});

describe('HeaderRows, editable', () => {
  const none = () => {};
  it('labels each input by item, place and part, and Remove by the name typed', () => {
    const html = renderToStaticMarkup(createElement(HeaderRows, {
      mode: 'editable', legend: 'Variables', itemName: 'Variable', nameWord: 'key', rows: [['DEPLOY_TO', 'staging'], ['', '']],
      onAdd: none, onEdit: none, onRemove: none,
    }));
    expect(attributes(html, 'aria-label')).toEqual([
      'Variable 1 key', 'Variable 1 value', 'Remove variable DEPLOY_TO', 'Variable 2 key', 'Variable 2 value', 'Remove variable 2',
    ]);
    expect(attributes(html, 'placeholder')).toEqual(['Key', 'Value', 'Key', 'Value']);
    expect(html).toContain('>Add variable</button>');
  });

  it('calls a header row by its name', () => {
    const html = renderToStaticMarkup(createElement(HeaderRows, {
      mode: 'editable', legend: 'Custom headers', itemName: 'Header', nameWord: 'name', rows: [['X-Team', 'hooks']],
      onAdd: none, onEdit: none, onRemove: none,
    }));
    expect(attributes(html, 'aria-label')).toEqual(['Header 1 name', 'Header 1 value', 'Remove header X-Team']);
    expect(attributes(html, 'placeholder')).toEqual(['Name', 'Value']);
  });
});

describe('pairListEdits', () => {
  const rows: Array<[string, string]> = [['A', '1'], ['B', '2'], ['C', '3']];
  const editsOf = () => {
    const changes: Array<Array<[string, string]>> = [];
    return { changes, edits: pairListEdits(rows, (next) => changes.push(next)) };
  };

  it('adds a blank row, edits one row in place and removes one, leaving the rest in their order', () => {
    const { changes, edits } = editsOf();
    edits.onAdd();
    edits.onEdit(1, ['B', 'two']);
    edits.onRemove(0);
    expect(changes).toEqual([
      [['A', '1'], ['B', '2'], ['C', '3'], ['', '']],
      [['A', '1'], ['B', 'two'], ['C', '3']],
      [['B', '2'], ['C', '3']],
    ]);
    expect(rows).toEqual([['A', '1'], ['B', '2'], ['C', '3']]);
  });
});
