import type { DeliveryStore } from './store/delivery-store';
import type { TakenOutRows } from './store/taken-out-rows';

/** How long a delete can be undone; the UI offers Undo for less, so a click at the last moment still lands. */
export const UNDO_MS = 15_000;
/** Deletes holding more body bytes than this are not kept for undo (the UI then offers none). */
export const UNDO_BYTES = 64 * 1024 * 1024;

/** The rows of recent deletes, in this core's memory only, for an undo within UNDO_MS. */
export class RecentlyDeleted {
  private held: Array<{ rows: TakenOutRows; until: number }> = [];

  constructor(private readonly now: () => number = Date.now) {}

  keep(rows: TakenOutRows): void {
    this.forgetExpired();
    if (rows.ids.length === 0 || rows.bytes > UNDO_BYTES) return;
    this.held.push({ rows, until: this.now() + UNDO_MS });
    while (this.held.reduce((sum, { rows: kept }) => sum + kept.bytes, 0) > UNDO_BYTES) this.held.shift();
  }

  /** Puts back those of `ids` still held; returns how many came back. */
  restore(store: DeliveryStore, ids: readonly number[]): number {
    this.forgetExpired();
    const wanted = new Set(ids);
    let restored = 0;
    for (const entry of this.held) {
      if (!entry.rows.ids.some((id) => wanted.has(id))) continue;
      restored += store.restore(entry.rows, wanted);
      entry.rows = { ...entry.rows, ids: entry.rows.ids.filter((id) => !wanted.has(id)) };
    }
    this.held = this.held.filter(({ rows }) => rows.ids.length > 0);
    return restored;
  }

  private forgetExpired(): void {
    const now = this.now();
    this.held = this.held.filter(({ until }) => until > now);
  }
}
