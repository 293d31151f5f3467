/** Counters a test or the benchmark reads to assert round trips and work done. */
export type EmulatorStats = {
  /** `context.sync()` calls, including the one `Word.run` adds when operations are still queued. */
  readonly syncs: number;
  /** XML elements visited or changed while applying queued operations. */
  readonly nodesTouched: number;
};

export class Meter implements EmulatorStats {
  syncs = 0;
  nodesTouched = 0;

  touch(count = 1): void {
    this.nodesTouched += count;
  }

  reset(): void {
    this.syncs = 0;
    this.nodesTouched = 0;
  }
}
