import type { DeliveryRecord } from '../store/delivery-record';
import type { EndedForward } from '../store/delivery-store';

/** Called for each record once it is committed (with its id), or with the reason it was not. */
export type StoredCallback = (error: Error | null, id: number) => void;

/** Everything committed together, after the senders' callbacks ran. */
export type OnStored = (ids: readonly number[], records: readonly DeliveryRecord[]) => void;

/** Told of ended forwards once their legs and answers are committed, or why they could not be. */
export interface ForwardsStored<T extends EndedForward> {
  stored(ended: readonly T[]): void;
  failed(ended: readonly T[], error: Error): void;
}

export interface RecordWriter<T extends EndedForward = EndedForward> {
  /** Stores the record; `stored` runs once it is committed, and only then may the sender be answered. */
  store(record: DeliveryRecord, stored: StoredCallback): void;
  /** Stores a forward's leg and its capture's answer, once that answer has gone back to the sender. */
  complete(ended: T): void;
  /** Resolves once every record handed over so far is committed. */
  close(): Promise<void>;
}
