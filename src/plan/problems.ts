import type { ServiceLevelId, SchoolYear } from "./vocabulary";

/** Everything that can be wrong in a document, as data; messages.ts words them for people. */
export type PlanProblem =
  | { readonly code: "not-template" }
  | { readonly code: "missing-field"; readonly tag: string; readonly label: string }
  | {
      readonly code: "duplicate-field";
      readonly tag: string;
      readonly label: string;
      readonly occurrences: number;
    }
  | { readonly code: "unknown-field"; readonly tag: string }
  /**
   * Word would not give the text of some tables (it fails on some hosts for tables with vertically
   * merged cells): their fields are neither shown nor written, and are not reported one by one.
   */
  | { readonly code: "unreadable-tables"; readonly tables: number; readonly fields: number }
  | { readonly code: "unreadable-mark"; readonly tag: string; readonly label: string; readonly text: string }
  | { readonly code: "invalid-count"; readonly tag: string; readonly label: string; readonly text: string }
  | { readonly code: "invalid-date"; readonly tag: string; readonly label: string; readonly text: string }
  | {
      readonly code: "text-outside-field";
      readonly tag: string;
      readonly label: string;
      readonly text: string;
    }
  /** NUL, another control character or a lone surrogate in a field's text: shown escaped, reported. */
  | { readonly code: "control-characters"; readonly tag: string; readonly label: string }
  | {
      readonly code: "several-levels";
      readonly row: string;
      readonly rowName: string;
      readonly year: SchoolYear;
      readonly levels: readonly ServiceLevelId[];
    };
