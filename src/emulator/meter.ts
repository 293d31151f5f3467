/**
 * What one sync sent back to the add-in: the objects whose properties it loaded, how many of them
 * were content controls and how many tables, and the characters of text in the loaded values. Volume is what a host
 * that is slow per object or per byte feels, which a count of round trips alone does not show.
 */
export type SyncLoad = {
  readonly objects: number;
  readonly controls: number;
  readonly tables: number;
  readonly characters: number;
};

/** Counters a test or the benchmark reads to assert round trips and work done. */
export type EmulatorStats = {
  /** `context.sync()` calls, including the one `Word.run` adds when operations are still queued. */
  readonly syncs: number;
  /** XML elements visited or changed while applying queued operations. */
  readonly nodesTouched: number;
  /** What each sync loaded, in order; one entry per sync counted in `syncs`. */
  readonly loads: readonly SyncLoad[];
  /** The sum of `loads`. */
  readonly loaded: SyncLoad;
};

const NOTHING: SyncLoad = { objects: 0, controls: 0, tables: 0, characters: 0 };

/** Characters of text in a loaded value: strings, and strings inside arrays (`Table.values`). */
export function charactersOf(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + charactersOf(item), 0);
  return 0;
}

export class Meter implements EmulatorStats {
  syncs = 0;
  nodesTouched = 0;
  private readonly perSync: SyncLoad[] = [];

  get loads(): readonly SyncLoad[] {
    return this.perSync;
  }

  get loaded(): SyncLoad {
    return this.perSync.reduce(
      (sum, load) => ({
        objects: sum.objects + load.objects,
        controls: sum.controls + load.controls,
        tables: sum.tables + load.tables,
        characters: sum.characters + load.characters,
      }),
      NOTHING,
    );
  }

  touch(count = 1): void {
    this.nodesTouched += count;
  }

  /** Counts a round trip; what it loads is added with `load` until the next one starts. */
  startSync(): void {
    this.syncs++;
    this.perSync.push(NOTHING);
  }

  /** One object's loaded values reached the add-in (`typeName` as Office.js names the type). */
  load(typeName: string, values: readonly unknown[]): void {
    const last = this.perSync.length - 1;
    const current = this.perSync[last] ?? NOTHING;
    const entry = {
      objects: current.objects + 1,
      controls: current.controls + (typeName === "ContentControl" ? 1 : 0),
      tables: current.tables + (typeName === "Table" ? 1 : 0),
      characters: current.characters + values.reduce((sum: number, value) => sum + charactersOf(value), 0),
    };
    if (last < 0) this.perSync.push(entry);
    else this.perSync[last] = entry;
  }

  reset(): void {
    this.syncs = 0;
    this.nodesTouched = 0;
    this.perSync.length = 0;
  }
}
