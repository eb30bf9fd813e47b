import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

export interface SqlStatement {
  sql: string;
  params: SQLInputValue[];
  /** `all` rows, the first row (`get`), or `run` for a write's changes. */
  mode: 'all' | 'get' | 'run';
}

/**
 * Runs statements together in one transaction (one consistent snapshot for reads; BEGIN IMMEDIATE for
 * `write`) and resolves with each statement's result, in order.
 */
export interface SqlRunner {
  run(statements: readonly SqlStatement[], options?: { write?: boolean }): Promise<unknown[]>;
  close(): Promise<void>;
}

/** Keeps this many prepared statements; a search typed letter by letter makes a new one each time. */
export const PREPARED_CACHE_SIZE = 64;

/**
 * On the caller's own connection and thread: only for a store in memory, which no other connection can
 * open, and which holds no more than one session's deliveries.
 */
export class InlineSqlRunner implements SqlRunner {
  private readonly prepared = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  async run(statements: readonly SqlStatement[], { write = false } = {}): Promise<unknown[]> {
    this.db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
    try {
      const results = statements.map(({ sql, params, mode }) => this.statement(sql)[mode](...params));
      this.db.exec('COMMIT');
      return results;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async close(): Promise<void> {
    this.prepared.clear();
  }

  private statement(sql: string): StatementSync {
    let statement = this.prepared.get(sql);
    if (!statement) {
      if (this.prepared.size >= PREPARED_CACHE_SIZE) this.prepared.clear();
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }
}

/**
 * The reader's connection, reopened when the store moves to another file (moved aside, recovered, another
 * folder), so everything holding it (the reader, the lease) follows the store.
 */
export class ReopenableSqlRunner implements SqlRunner {
  private current: SqlRunner;

  constructor(private readonly open: () => SqlRunner) {
    this.current = open();
  }

  run(statements: readonly SqlStatement[], options?: { write?: boolean }): Promise<unknown[]> {
    return this.current.run(statements, options);
  }

  async reopen(): Promise<void> {
    const old = this.current;
    this.current = this.open();
    await old.close();
  }

  close(): Promise<void> {
    return this.current.close();
  }
}
