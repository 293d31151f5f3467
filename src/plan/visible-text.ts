/**
 * Text from a document shown where a control character would act instead of show: a terminal
 * (ESC starts an escape sequence, CR rewrites the line, BEL rings), a CSV cell, an error message.
 */

/** C0 controls, DEL and C1 controls: what a terminal may act on. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * `text` with every control character written as `\uXXXX`, except the ones listed in `keep`
 * (e.g. "\n" for a multi-line value), and every lone surrogate as `\uXXXX` too.
 */
export function escapeControls(text: string, keep = ""): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let bad = isControl(code) && !keep.includes(text[i] as string);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) bad = true;
    if (!bad) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when `text` holds NUL, another control character than tab and line ends, or a lone surrogate. */
export function hasStrayControls(text: string): boolean {
  return escapeControls(text, "\t\n\r\v") !== text;
}
