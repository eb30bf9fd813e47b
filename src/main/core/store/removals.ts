/**
 * How many times deliveries were removed from the folder (delete, clear, retention), by any process. Inserts
 * only ever add rows above the highest id, so a reader that knows this number and the last id it counted
 * counts only the new rows; when the number moves it counts afresh. Nothing is written on the capture path.
 */
export const REMOVALS_SCHEMA = `
CREATE TABLE IF NOT EXISTS delivery_removals (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  removals INTEGER NOT NULL
);
INSERT OR IGNORE INTO delivery_removals (id, removals) VALUES (1, 0);`;

/** In the transaction of every delete, clear or prune. */
export const COUNT_REMOVAL = 'UPDATE delivery_removals SET removals = removals + 1';
