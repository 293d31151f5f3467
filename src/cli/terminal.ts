/**
 * What pgs prints: a document's values, tags, entry names and file names can hold ESC, BEL or CR,
 * which a terminal would act on (colour, a rewritten line). Every line is written with its control
 * characters as \uXXXX; JSON keeps them as JSON escapes.
 */
import { escapeControls } from "../plan/visible-text";

/** `text` as one line safe for a terminal: every control character escaped, line breaks too. */
export function oneLine(text: string): string {
  return escapeControls(text);
}

/**
 * JSON whose strings show every control character as an escape: JSON.stringify escapes C0
 * controls and lone surrogates, and this adds DEL and the C1 controls, which it leaves raw.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** "1 min 05 s", "12 s": a time left, to the second. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${String(whole % 60).padStart(2, "0")} s` : `${whole} s`;
}
