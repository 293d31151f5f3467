/**
 * One open document as the emulated Word holds it: the package, the parsed main part, the host
 * profile, the counters, the selection and its listeners. Queued operations act on this.
 */
import { NS } from "../docx/namespaces";
import { PART } from "../docx/paths";
import type { DocxPackage } from "../docx/package";
import type { TextView } from "../docx/word-text";
import { firstChildNamed, type XmlElement, type XmlNode } from "../docx/xml";
import { quirksOf, type HostProfile, type HostQuirks } from "./host-profile";
import { Meter } from "./meter";
import type { EditEnv } from "./ooxml/content-edit";
import { isInTable } from "./ooxml/controls";
import { placeholderSource, type PlaceholderSource } from "./ooxml/placeholder";
import { readRawId } from "./ooxml/sdt-properties";
import { descendantsW } from "./ooxml/walk";

export type SelectionListener = (selected: XmlElement) => void;

export class DocumentSession {
  readonly meter = new Meter();
  readonly quirks: HostQuirks;
  /**
   * How this Word shows text, for every text it reports (controls, cells, paragraphs, the body):
   * the emulator assumes a view that shows tracked deletions shows them everywhere.
   */
  readonly textView: TextView;
  readonly body: XmlElement;
  readonly placeholders: PlaceholderSource;
  private ids: Map<XmlElement, number> | null = null;
  /** The body's listed controls, kept until an operation adds or removes a control. */
  private bodyControls: XmlElement[] | null = null;
  private nextId = 1;
  private readonly selectionListeners = new Set<SelectionListener>();
  /**
   * Word's selection, kept as the element that holds it: a control, a paragraph, a cell, a table or
   * the body (the emulator assumes this coarser model: a selection spanning several controls is
   * held by their nearest common container, so the controls "in" it may be more than Word's).
   */
  private selected: XmlElement | null = null;

  constructor(
    readonly pkg: DocxPackage,
    readonly profile: HostProfile,
    quirks: Partial<HostQuirks> = {},
  ) {
    this.quirks = { ...quirksOf(profile), ...quirks };
    this.textView = { deletedText: this.quirks.showsDeletedText };
    const root = pkg.xml(PART.document).documentElement;
    const body = root ? firstChildNamed(root, NS.w, "body") : null;
    if (!body) throw new Error(`${PART.document} has no w:body`);
    this.body = body;
    this.placeholders = placeholderSource(pkg, this.meter);
  }

  /** What content edits need from the session. */
  get editEnv(): EditEnv {
    return {
      meter: this.meter,
      placeholders: this.placeholders,
      controlsChanged: () => this.controlsChanged(),
    };
  }

  /** Call after changing the main part so save() writes it. */
  documentChanged(): void {
    this.pkg.markChanged(PART.document);
  }

  /**
   * Every w:sdt under `root` that a content-control collection lists on this host, in document
   * order. "web-stress" leaves out the ones in tables (office-js #2040).
   */
  listedControls(root: XmlElement): XmlElement[] {
    if (root === this.body && this.bodyControls) {
      this.meter.touch(this.bodyControls.length);
      return this.bodyControls;
    }
    const all = descendantsW(root, "sdt", this.meter);
    const listed = this.quirks.hidesControlsInTables ? all.filter((sdt) => !isInTable(sdt)) : all;
    if (root === this.body) this.bodyControls = listed;
    return listed;
  }

  /** Call when an operation may have added or removed a `w:sdt`. */
  controlsChanged(): void {
    this.bodyControls = null;
  }

  /**
   * The control's id. Word renumbers missing and duplicate `w:id`s when it opens a file, so ids
   * are unique here too; they live in memory only (the file is not touched) and are not stable
   * across sessions (office-js #2501): never key on them.
   */
  controlId(sdt: XmlElement): number {
    if (!this.ids) {
      this.ids = new Map();
      const taken = new Set<number>();
      const pending: XmlElement[] = [];
      for (const el of descendantsW(this.body, "sdt", this.meter)) {
        const raw = readRawId(el);
        if (raw !== null && !taken.has(raw)) {
          taken.add(raw);
          this.ids.set(el, raw);
        } else pending.push(el);
      }
      this.nextId = Math.max(0, ...taken) + 1;
      for (const el of pending) this.ids.set(el, this.nextId++);
    }
    let id = this.ids.get(sdt);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(sdt, id);
    }
    return id;
  }

  /** Moves the selection to `el` and tells the listeners, as Word fires DocumentSelectionChanged. */
  select(el: XmlElement): void {
    this.selected = el;
    for (const listener of this.selectionListeners) listener(el);
  }

  /**
   * The element holding the selection: where it was last put, while that is still in the body;
   * otherwise the body's first paragraph, where Word puts the cursor when it opens a document.
   */
  selection(): XmlElement {
    const selected = this.selected;
    for (let node: XmlNode | null = selected; node; node = node.parentNode) {
      if (node === this.body && selected) return selected;
    }
    return descendantsW(this.body, "p", this.meter)[0] ?? this.body;
  }

  onSelectionChanged(listener: SelectionListener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }
}
