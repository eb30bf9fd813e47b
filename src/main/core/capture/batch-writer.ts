import type { DeliveryRecord } from '../store/delivery-record';
import type { DeliveryStore } from '../store/delivery-store';
import { WriterThread } from './writer-thread';

/** Stores a batch in one transaction; resolves with the ids once it is committed. */
export interface BatchWriter {
  write(records: readonly DeliveryRecord[]): Promise<number[]>;
  /** Resolves once every batch handed over so far is committed. */
  close(): Promise<void>;
}

/**
 * A database file is written from its own thread, so the event loop keeps answering senders while
 * a batch commits; an in-memory store (unusable data dir) can only be written where it lives.
 */
export function createBatchWriter(store: DeliveryStore): BatchWriter {
  const path = store.path;
  if (path) {
    const thread = new WriterThread(path);
    return {
      write: async (records) => {
        const ids = await thread.write(records);
        store.inserted(records);
        return ids;
      },
      close: () => thread.close(),
    };
  }
  return {
    write: async (records) => store.insertBatch(records),
    close: async () => {},
  };
}
