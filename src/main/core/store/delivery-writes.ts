import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DeliveryRecord } from './delivery-record';
import { ForwardAnswers, type EndedForward } from './forward-answers';
import { INSERT_DELIVERY_SQL, INSERT_EXCHANGE_SQL, deliveryParams, exchangeParams } from './insert-statements';
import { writeImportSource } from './delivery-marks';

/** The statements that add deliveries, prepared once per connection; each method runs inside the caller's transaction. */
export class DeliveryWrites {
  private readonly insertDelivery: StatementSync;
  private readonly insertExchange: StatementSync;
  private readonly forwardAnswers: ForwardAnswers;

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
    for (const record of records) ids.push(this.insert(record));
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

  private insert(record: DeliveryRecord): number {
    const id = Number(this.insertDelivery.run(...deliveryParams(record)).lastInsertRowid);
    this.insertExchange.run(id, ...exchangeParams(record));
    return id;
  }
}
