/**
 * The playground's keyboard path between its parts, as Word's: F6 moves focus to the next part
 * (toolbar, document, task pane) and Shift+F6 to the previous one, back where focus last was in
 * that part. Word moves between the task pane, the document and the ribbon with F6 ("Keyboard
 * shortcuts in Word", https://support.microsoft.com/en-us/office/keyboard-shortcuts-in-word-95ef89dd-7142-4b50-afb2-f762f663ceb2;
 * an assumption for the order of the parts). A skip link, the page's first tab stop, leads to the
 * pane, past the document view's thousand fields.
 */

export type Parts = {
  readonly toolbar: HTMLElement;
  readonly document: HTMLElement;
  readonly pane: HTMLElement;
};

export const SKIP_TO_PANE = "Vai al riquadro";

/** Listens for F6 and Shift+F6 on the page of `parts`; returns the skip link to put first on the page. */
export function keyboardBetweenParts(parts: Parts): HTMLAnchorElement {
  const doc = parts.pane.ownerDocument;
  const order = [parts.toolbar, parts.document, parts.pane];
  // Each part remembers where focus last was inside it.
  const last = new Map<HTMLElement, HTMLElement>();
  for (const part of [parts.document, parts.pane]) part.tabIndex = -1;

  const enter = (part: HTMLElement) => {
    const remembered = last.get(part);
    const target =
      remembered?.isConnected && part.contains(remembered)
        ? remembered
        : part === parts.toolbar
          ? (part.querySelector<HTMLElement>("button, select, input:not([hidden])") ?? part)
          : part;
    target.focus();
  };

  doc.addEventListener("focusin", (event) => {
    const part = order.find((candidate) => candidate.contains(event.target as Node));
    if (part && event.target instanceof HTMLElement) last.set(part, event.target);
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "F6" || event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = doc.activeElement;
    const here =
      focused === null || focused === doc.body
        ? order.indexOf(parts.document)
        : order.findIndex((part) => part.contains(focused));
    // Elsewhere (a dialog over the page) F6 is the dialog's business.
    if (here < 0) return;
    event.preventDefault();
    enter(order[(here + (event.shiftKey ? order.length - 1 : 1)) % order.length]!);
  });

  const link = doc.createElement("a");
  link.className = "skip-link";
  link.href = `#${parts.pane.id}`;
  link.textContent = SKIP_TO_PANE;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    parts.pane.focus();
  });
  return link;
}
