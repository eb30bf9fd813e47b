/**
 * The search index: an FTS5 table with the trigram tokenizer (so any substring of 3 or more characters is
 * found, case folded), contentless (it keeps no second copy of the text; rowid is the delivery's id), and
 * `contentless_delete` so a removed delivery's entry can go. `indexed_through` is its high-water mark: every
 * delivery with an id up to it is indexed, the rest are searched by a scan. A body longer than the indexer's
 * cap is indexed in part and listed in `search_partial`, so its tail is scanned.
 */
export const SEARCH_INDEX_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
  path, event, headers, body, tokenize = 'trigram', content = '', contentless_delete = 1
);
CREATE TABLE IF NOT EXISTS search_index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_through INTEGER NOT NULL
);
INSERT OR IGNORE INTO search_index_state (id, indexed_through) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS search_partial (id INTEGER PRIMARY KEY);
`;
