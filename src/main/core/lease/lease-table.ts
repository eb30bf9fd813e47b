/**
 * One row per data folder: the process that holds the receiver and the schedules. Its holder renews
 * `heartbeat_at`; a row whose heartbeat is stale, or whose process is gone, may be taken over.
 */
export const LEASE_SCHEMA = `
CREATE TABLE IF NOT EXISTS receiver_lease (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  holder TEXT NOT NULL,
  pid INTEGER NOT NULL,
  machine TEXT NOT NULL,
  kind TEXT NOT NULL,
  host TEXT NOT NULL,
  port INTEGER NOT NULL,
  heartbeat_at INTEGER NOT NULL
);`;

export const READ_LEASE = 'SELECT holder, pid, machine, kind, host, port, heartbeat_at FROM receiver_lease WHERE id = 1';

/**
 * Takes the lease only if it is still as it was read (`expected` holder, or no row for null): two processes
 * deciding at once cannot both win. Parameters: holder, pid, machine, kind, host, port, now, expected.
 */
export const TAKE_LEASE = `INSERT INTO receiver_lease (id, holder, pid, machine, kind, host, port, heartbeat_at)
  VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
  ON CONFLICT (id) DO UPDATE SET holder = ?1, pid = ?2, machine = ?3, kind = ?4, host = ?5, port = ?6, heartbeat_at = ?7
  WHERE receiver_lease.holder IS ?8`;

/** Parameters: now, host, port, holder. No change means another process took the lease. */
export const RENEW_LEASE = 'UPDATE receiver_lease SET heartbeat_at = ?, host = ?, port = ? WHERE id = 1 AND holder = ?';

export const RELEASE_LEASE = 'DELETE FROM receiver_lease WHERE id = 1 AND holder = ?';
