/**
 * A conformance case: one behaviour of Word the add-in or the emulator relies on, run the same
 * way on the emulator (jest, every profile) and inside Word (conformance.html).
 */
import type { Fixture } from "./fixture";

/** Plain JSON, so an observation can be compared, shown and copied into a report. */
export type Observation =
  null | boolean | number | string | readonly Observation[] | { readonly [key: string]: Observation };

/** The emulator's profiles, by name (src/emulator/host-profile.ts; a test checks they are the same). */
export const PROFILE_NAMES = ["desktop", "web", "web-stress"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

type AsyncOutcome = { readonly status: unknown; readonly error?: unknown };

/** What a case may touch: the `Word` and `Office` namespaces, as Word or the emulator gives them. */
export type CaseHost = {
  readonly Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: {
      readonly document: {
        readonly settings: {
          get(name: string): unknown;
          set(name: string, value: unknown): void;
          saveAsync(callback: (result: AsyncOutcome) => void): void;
        };
        addHandlerAsync(eventType: never, handler: () => void): void;
        removeHandlerAsync(eventType: never, options: { handler: () => void }): void;
      };
      readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    };
    readonly EventType: { readonly DocumentSelectionChanged: unknown };
    readonly AsyncResultStatus: { readonly Succeeded: unknown };
  };
  /** The whole document as .docx bytes (Word: getFileAsync; the emulator: save). */
  documentBytes(): Promise<Uint8Array>;
  /** Asks the person at the keyboard to do something in the document; settles when they are done. */
  userStep(instruction: string): Promise<void>;
};

export type ConformanceCase = {
  readonly id: string;
  /** What the case finds out, in a sentence. */
  readonly probes: string;
  /** A Microsoft doc URL, office-js issue numbers, or "assumption". */
  readonly source: string;
  readonly fixture: Fixture;
  /** Runs over the fixture; what it returns (or the error it throws, see runner.ts) is the observation. */
  readonly action: (host: CaseHost) => Promise<Observation>;
  /** What each emulator profile observes: plain data, checked in jest against the emulator itself. */
  readonly expected: Readonly<Record<ProfileName, Observation>>;
};
