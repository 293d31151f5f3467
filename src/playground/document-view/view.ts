/**
 * The document as a reader sees it, redrawn from the emulator's saved bytes after every change, and
 * the dirigente's typing: a click (or Enter) on a control opens an editor in place; Enter or leaving
 * it writes the text through Word.js, as typing in Word would change the document.
 */
import { readDocxParts } from "./read-docx";
import { renderDocument } from "./render";

export type DocumentViewOptions = {
  /** The current document's bytes (`EmulatedWord.save()`). */
  readonly load: () => Promise<Uint8Array>;
  /** Writes what the dirigente typed into the control with `tag`; rejects with the host's error. */
  readonly write: (tag: string, text: string) => Promise<void>;
  /** Told after every redraw: how long `load` (the emulator's save) took, and the drawing after it. */
  readonly onRendered?: (timing: RenderTiming) => void;
  /** Told when a redraw or a write fails. */
  readonly onError: (message: string, error: unknown) => void;
};

export type RenderTiming = {
  /** Getting the bytes: `EmulatedWord.save()` (serialising the changed parts and zipping them). */
  readonly saveMs: number;
  /** From the bytes to the page: unzip document.xml, parse it, build the HTML, put it in place. */
  readonly drawMs: number;
};

type Editing = {
  readonly tag: string;
  readonly element: HTMLElement;
  readonly field: HTMLInputElement | HTMLTextAreaElement;
  readonly initial: string;
  /** The control as drawn before the editor replaced it, put back when nothing is written. */
  readonly drawn: string;
};

/** The text of a drawn control, paragraphs separated by "\n"; "" while it shows its placeholder or only blanks. */
function controlText(element: HTMLElement): string {
  if (element.classList.contains("cc-placeholder")) return "";
  const paragraphs = element.querySelectorAll<HTMLElement>(
    ":scope > p, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6",
  );
  const text =
    paragraphs.length === 0
      ? (element.textContent ?? "")
      : Array.from(paragraphs, (p) => p.textContent ?? "").join("\n");
  return text.trim() === "" ? "" : text.replace(/\u00a0/g, " ");
}

/** The HTML of a .docx's body; throws when the file cannot be read or drawn. */
async function drawing(bytes: Uint8Array): Promise<string> {
  const parts = await readDocxParts(bytes);
  return renderDocument(parts.document, { headingLevels: parts.headingLevels });
}

export class DocumentView {
  private editing: Editing | null = null;
  private rendering = false;
  private dirty = false;
  private destroyed = false;
  /** The dirigente's writes still on their way to the document. */
  private writes = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: DocumentViewOptions,
  ) {
    container.classList.add("doc-view");
    container.addEventListener("click", this.onClick);
    container.addEventListener("keydown", this.onKeyDown);
  }

  /** Redraws soon; calls while a redraw runs (or while someone types) coalesce into one more. */
  refresh(): void {
    this.dirty = true;
    this.container.dataset.busy = "true";
    void this.drain();
  }

  /**
   * Draws `bytes` at once, or throws and leaves the drawing as it was: the page switches to a new
   * file only once that file has been read and drawn.
   */
  async draw(bytes: Uint8Array): Promise<void> {
    this.container.innerHTML = await drawing(bytes);
  }

  /**
   * Shows the field Word's selection went to (ContentControl.select): scrolled into view and focused,
   * as Word puts its cursor there. Nothing happens while someone types in another field.
   */
  reveal(tag: string): void {
    if (this.editing !== null) return;
    const field = Array.from(this.container.querySelectorAll<HTMLElement>("[data-tag]")).find(
      (element) => element.dataset.tag === tag,
    );
    if (!field) return;
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  }

  destroy(): void {
    this.destroyed = true;
    this.container.removeEventListener("click", this.onClick);
    this.container.removeEventListener("keydown", this.onKeyDown);
  }

  private async drain(): Promise<void> {
    if (this.rendering) return;
    this.rendering = true;
    try {
      while (this.dirty && this.editing === null && !this.destroyed) {
        this.dirty = false;
        const started = performance.now();
        try {
          const bytes = await this.options.load();
          const loaded = performance.now();
          const html = await drawing(bytes);
          // Someone started typing while the bytes were read: draw after they finish.
          if (this.editing !== null || this.destroyed) {
            this.dirty = true;
            break;
          }
          this.container.innerHTML = html;
          this.container.dataset.renders = String(Number(this.container.dataset.renders ?? "0") + 1);
          this.options.onRendered?.({ saveMs: loaded - started, drawMs: performance.now() - loaded });
        } catch (error) {
          this.options.onError("Impossibile mostrare il documento", error);
        }
      }
    } finally {
      this.rendering = false;
      this.updateBusy();
    }
  }

  /** `data-busy` marks a redraw still to come (tests wait for it to go; people never see it). */
  private updateBusy(): void {
    if (this.dirty || this.writes > 0) this.container.dataset.busy = "true";
    else delete this.container.dataset.busy;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(".cc-editor")) return;
    const element = target.closest<HTMLElement>(".cc-editable");
    if (element && this.container.contains(element)) this.startEditing(element);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target;
    if (
      event.key !== "Enter" ||
      !(target instanceof HTMLElement) ||
      !target.classList.contains("cc-editable")
    )
      return;
    event.preventDefault();
    this.startEditing(target);
  };

  private startEditing(element: HTMLElement): void {
    if (this.editing !== null) return;
    const tag = element.dataset.tag ?? "";
    const initial = controlText(element);
    const multiline = element.dataset.level !== "inline";
    const doc = element.ownerDocument;
    const field = multiline ? doc.createElement("textarea") : doc.createElement("input");
    field.className = "cc-editor";
    field.value = initial;
    field.setAttribute("aria-label", element.title);
    if (field instanceof HTMLTextAreaElement) field.rows = Math.max(3, initial.split("\n").length + 1);
    else {
      const fit = () => (field.size = Math.max(4, field.value.length + 2));
      fit();
      field.addEventListener("input", fit);
    }
    const drawn = element.innerHTML;
    element.classList.add("cc-editing");
    element.replaceChildren(field);
    this.editing = { tag, element, field, initial, drawn };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.finish(false);
      } else if (event.key === "Enter" && !(multiline && event.shiftKey)) {
        // Enter ends the edit; Shift+Enter starts a new paragraph in a block text.
        event.preventDefault();
        this.finish(true);
      }
    };
    (field as HTMLElement).addEventListener("keydown", onKey);
    field.addEventListener("blur", () => this.finish(true));
    field.focus();
    field.select();
  }

  private finish(commit: boolean): void {
    const editing = this.editing;
    if (editing === null) return;
    this.editing = null;
    const text = editing.field.value;
    if (!commit || text === editing.initial) {
      editing.element.innerHTML = editing.drawn;
      editing.element.classList.remove("cc-editing");
      // A change that arrived while the editor was open is drawn now.
      if (this.dirty) this.refresh();
      return;
    }
    editing.field.disabled = true;
    this.writes++;
    this.updateBusy();
    void this.options
      .write(editing.tag, text)
      .catch((error: unknown) =>
        this.options.onError(
          `Word non ha accettato il testo in «${editing.element.title || editing.tag}»`,
          error,
        ),
      )
      .finally(() => {
        this.writes--;
        this.refresh();
      });
  }
}
