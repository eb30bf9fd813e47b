import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DeliveryRecord } from './delivery-record';
import { ForwardAnswers, type EndedForward } from './forward-answers';
import {
  INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, ROWS_PER_STATEMENT, deliveryParams, exchangeParams, insertDeliveriesSql, insertExchangesSql,
  type SqlValue,
} from './insert-statements';
import { writeImportSource } from './delivery-marks';

/** The statements that add deliveries, prepared once per connection; each method runs inside the caller's transaction. */
export class DeliveryWrites {
  private readonly insertDelivery: StatementSync;
  private readonly insertExchange: StatementSync;
  private readonly forwardAnswers: ForwardAnswers;
  /** Prepared on the first batch that needs them: most connections (the CLI's send, imports) never do. */
  private manyRows: { deliveries: StatementSync; exchanges: StatementSync } | null = null;

  constructor(private readonly db: DatabaseSync) {
    this.insertDelivery = db.prepare(INSERT_DELIVERY_SQL);
    this.insertExchange = db.prepare(INSERT_EXCHANGE_SQL);
    this.forwardAnswers = new ForwardAnswers(db);
  }

  /**
   * The forwards that ended first (their legs and their captures' answers), then the records; returns the
   * records' ids, in order. Readers count those answers from the legs above what they counted: no removal, no recount.
   */
  batch(records: readonly DeliveryRecord[], ended: readonly EndedForward[]): number[] {
    if (ended.length > 0) this.forwardAnswers.write(ended, (leg) => this.insert(leg));
    const ids: number[] = [];
    let next = 0;
    for (; next + ROWS_PER_STATEMENT <= records.length; next += ROWS_PER_STATEMENT) this.insertMany(records, next, ids);
    for (; next < records.length; next++) ids.push(this.insert(records[next]));
    return ids;
  }

  /** Each record with the file it came from; returns their ids. */
  imported(records: readonly DeliveryRecord[], file: string): number[] {
    return records.map((record) => {
      const id = this.insert(record);
      writeImportSource(this.db, id, file);
      return id;
    });
  }

  /**
   * ROWS_PER_STATEMENT records from `start`, their ids pushed onto `ids`. The ids of one statement's rows are
   * consecutive and end at its last insert rowid: `deliveries` is AUTOINCREMENT (schema version 4), so each row
   * gets one more than the largest id the table ever had, and nothing else writes while a statement runs.
   */
  private insertMany(records: readonly DeliveryRecord[], start: number, ids: number[]): void {
    this.manyRows ??= {
      deliveries: this.db.prepare(insertDeliveriesSql(ROWS_PER_STATEMENT)),
      exchanges: this.db.prepare(insertExchangesSql(ROWS_PER_STATEMENT)),
    };
    const deliveries: SqlValue[] = [];
    for (let i = start; i < start + ROWS_PER_STATEMENT; i++) deliveries.push(...deliveryParams(records[i]));
    const first = Number(this.manyRows.deliveries.run(...deliveries).lastInsertRowid) - ROWS_PER_STATEMENT + 1;
    const exchanges: SqlValue[] = [];
    for (let i = 0; i < ROWS_PER_STATEMENT; i++) {
      exchanges.push(first + i, ...exchangeParams(records[start + i]));
      ids.push(first + i);
    }
    this.manyRows.exchanges.run(...exchanges);
  }

  private insert(record: DeliveryRecord): number {
    const id = Number(this.insertDelivery.run(...deliveryParams(record)).lastInsertRowid);
    this.insertExchange.run(id, ...exchangeParams(record));
    return id;
  }
}
