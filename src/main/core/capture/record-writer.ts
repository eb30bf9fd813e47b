import type { DeliveryRecord } from '../store/delivery-record';

/** Called for each record once it is committed (with its id), or with the reason it was not. */
export type StoredCallback = (error: Error | null, id: number) => void;

/** Everything committed together, after the senders' callbacks ran. */
export type OnStored = (ids: readonly number[], records: readonly DeliveryRecord[]) => void;

export interface RecordWriter {
  /** Stores the record; `stored` runs once it is committed, and only then may the sender be answered. */
  store(record: DeliveryRecord, stored: StoredCallback): void;
  /** Resolves once every record handed over so far is committed. */
  close(): Promise<void>;
}
