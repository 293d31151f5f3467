/**
 * The playground: the document (left) and the real panel (right) over one emulated Word, with a
 * toolbar to open a .docx, download it, switch the host profile, and see the sync count.
 */
import { EmulatedWord, OFFICE_THEMES, PROFILES, type HostProfile, type OfficeThemeId } from "../emulator";
import { emulatedWordHost } from "../wiring/emulated-host";
import { wordPlanDocument } from "../word/port";
import { typeIntoControl } from "../wiring/dirigente";
import { DocumentView, type RenderTiming } from "./document-view/view";
import { describeError } from "./errors";
import { type Gate, createGate } from "../wiring/gate";
import { keyboardBetweenParts } from "./keyboard";
import { observedPlanDocument } from "./observed-document";
import { FORCED_COLORS_ATTRIBUTE, PANE_TITLE, mountPanel, officeThemeSource } from "./panel";
import { RIBBON_BUTTON_LABEL, paneHints, recordVersionLikeTheRibbon } from "./ribbon";
import { PLAYGROUND_CSS } from "./styles";
import { officialTemplateBase64 } from "./template";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Word's default task-pane widths (Office.TaskPane, TaskPaneApi 1.1:
 * https://learn.microsoft.com/en-us/javascript/api/office/office.taskpane?view=common-js-preview):
 * 320 px on Windows, 330 px on the web, 270 px on Mac; and a pane widened by hand.
 */
export const PANE_WIDTHS: readonly { readonly px: number; readonly label: string }[] = [
  { px: 270, label: "270 px (Mac)" },
  { px: 320, label: "320 px (Windows)" },
  { px: 330, label: "330 px (web)" },
  { px: 450, label: "450 px" },
];
const DEFAULT_PANE_WIDTH = 320;

/**
 * What the theme switch offers: Office's four themes, under the names Italian Office gives them, and
 * the high contrast that Windows' forced colours give.
 */
export type PlaygroundTheme = OfficeThemeId | "high-contrast";

export const THEMES: readonly { readonly value: PlaygroundTheme; readonly label: string }[] = [
  { value: "colorful", label: "Colori" },
  { value: "white", label: "Bianco" },
  { value: "darkGray", label: "Grigio scuro" },
  { value: "black", label: "Nero" },
  { value: "high-contrast", label: "Contrasto elevato" },
];

export function isPlaygroundTheme(value: string | null): value is PlaygroundTheme {
  return value === "high-contrast" || (value !== null && Object.hasOwn(OFFICE_THEMES, value));
}

export type PlaygroundSettings = {
  /** The task pane's width in CSS pixels (default 320, Word for Windows). */
  readonly paneWidth?: number;
  readonly theme?: PlaygroundTheme;
};

type Open = {
  readonly word: EmulatedWord;
  readonly name: string;
  readonly unmountPanel: () => void;
};

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export class Playground {
  private current: Open | null = null;
  private lastRender: RenderTiming | null = null;
  private readonly view: DocumentView;
  private readonly panelColumn: HTMLElement;
  private readonly panelSlot: HTMLElement;
  private readonly fileName: HTMLElement;
  private readonly stats: HTMLElement;
  private readonly message: HTMLElement;
  private readonly messageText: HTMLElement;
  private readonly profileSelect: HTMLSelectElement;
  private readonly fileInput: HTMLInputElement;
  private readonly widthSelect: HTMLSelectElement;
  private readonly coAuthor: HTMLInputElement;
  private readonly themeSelect: HTMLSelectElement;
  private readonly hints = paneHints();
  /** Office's theme for every document the page opens; forced colours are the page's, apart. */
  private officeTheme: OfficeThemeId = "colorful";
  /**
   * Between the pane and its document, for every document the page opens: tests hold and release
   * the pane's change hints, reads and writes through it (open, it changes nothing).
   */
  readonly gate: Gate = createGate();

  constructor(
    private readonly root: HTMLElement,
    settings: PlaygroundSettings = {},
  ) {
    const doc = root.ownerDocument;
    const style = element(doc, "style");
    style.textContent = PLAYGROUND_CSS;
    doc.head.append(style);

    this.fileInput = element(doc, "input", {
      type: "file",
      accept: `.docx,${DOCX_TYPE}`,
      hidden: "",
      "data-testid": "open-file",
    });
    const openButton = element(doc, "button", { type: "button" }, "Apri .docx…");
    openButton.addEventListener("click", () => this.fileInput.click());
    this.fileInput.addEventListener("change", () => void this.openChosenFile());
    const downloadButton = element(doc, "button", { type: "button" }, "Scarica .docx");
    downloadButton.addEventListener("click", () => void this.download());
    const ribbonButton = element(doc, "button", { type: "button" }, RIBBON_BUTTON_LABEL);
    ribbonButton.addEventListener("click", () => void this.recordFromRibbon(ribbonButton));
    this.profileSelect = element(
      doc,
      "select",
      { id: "host-profile" },
      ...(Object.entries(PROFILES) as [HostProfile, (typeof PROFILES)[HostProfile]][]).map(
        ([value, { label }]) => element(doc, "option", { value }, label),
      ),
    );
    this.profileSelect.addEventListener(
      "change",
      () => void this.switchProfile(this.profileSelect.value as HostProfile),
    );
    this.widthSelect = element(
      doc,
      "select",
      { id: "pane-width" },
      ...PANE_WIDTHS.map(({ px, label }) => element(doc, "option", { value: String(px) }, label)),
    );
    this.widthSelect.addEventListener("change", () => this.setPaneWidth(Number(this.widthSelect.value)));
    this.coAuthor = element(doc, "input", { type: "checkbox", id: "co-author" });
    this.themeSelect = element(
      doc,
      "select",
      { id: "pane-theme" },
      ...THEMES.map(({ value, label }) => element(doc, "option", { value }, label)),
    );
    this.themeSelect.addEventListener("change", () => {
      if (isPlaygroundTheme(this.themeSelect.value)) this.setTheme(this.themeSelect.value);
    });
    this.fileName = element(doc, "span", { class: "file-name" });
    this.stats = element(doc, "span", { class: "stats", "aria-live": "polite", "data-testid": "sync-count" });
    const toolbar = element(
      doc,
      "header",
      { class: "toolbar" },
      element(doc, "h1", {}, "Playground del Piano Generale di Supporto"),
      openButton,
      this.fileInput,
      downloadButton,
      ribbonButton,
      element(doc, "label", { for: "host-profile" }, "Host:", this.profileSelect),
      element(doc, "label", { for: "pane-width" }, "Riquadro:", this.widthSelect),
      element(doc, "label", { for: "pane-theme" }, "Tema di Office:", this.themeSelect),
      element(doc, "label", { for: "co-author" }, this.coAuthor, "Il dirigente scrive da un altro computer"),
      this.fileName,
      this.stats,
    );

    this.messageText = element(doc, "span");
    const dismiss = element(doc, "button", { type: "button" }, "Chiudi");
    dismiss.addEventListener("click", () => this.clearMessage());
    this.message = element(
      doc,
      "div",
      { class: "message", role: "alert", hidden: "" },
      this.messageText,
      dismiss,
    );

    const viewElement = element(doc, "div", { "data-testid": "document-view" });
    // Word draws the add-in's title above its task pane; the playground does the same.
    this.panelSlot = element(doc, "div", { class: "panel-slot" });
    this.panelColumn = element(
      doc,
      "aside",
      { class: "panel-column", id: "pane", "aria-label": "Riquadro attività del componente aggiuntivo" },
      element(doc, "div", { class: "pane-title" }, PANE_TITLE),
      this.panelSlot,
    );
    const docColumn = element(
      doc,
      "section",
      { class: "doc-column", "aria-label": "Documento" },
      element(doc, "div", { class: "page" }, viewElement),
    );
    const columns = element(doc, "main", { class: "columns" }, docColumn, this.panelColumn);
    const skipLink = keyboardBetweenParts({ toolbar, document: docColumn, pane: this.panelColumn });
    root.replaceChildren(skipLink, toolbar, this.message, columns);
    this.setPaneWidth(settings.paneWidth ?? DEFAULT_PANE_WIDTH);
    this.setTheme(settings.theme ?? "colorful");

    this.view = new DocumentView(viewElement, {
      load: () => this.requireOpen().word.save(),
      write: (tag, text) =>
        typeIntoControl(this.requireOpen().word, tag, text, this.coAuthor.checked ? "co-author" : "here"),
      onRendered: (timing) => {
        this.lastRender = timing;
        this.showStats();
      },
      onError: (what, error) => this.showMessage(`${what}: ${describeError(error)}`),
    });
  }

  /** Opens `bytes` as the current document; on failure shows why and keeps the document that was open. */
  async open(
    bytes: Uint8Array,
    name: string,
    profile: HostProfile = this.current?.word.profile ?? "desktop",
  ): Promise<boolean> {
    let word: EmulatedWord;
    try {
      word = await EmulatedWord.open(bytes, { profile });
      await this.view.draw(await word.save());
    } catch (error) {
      const kept = this.current ? ` Resta aperto «${this.current.name}».` : "";
      this.showMessage(`Il file «${name}» non si apre come documento Word: ${describeError(error)}.${kept}`);
      return false;
    }
    this.current?.unmountPanel();
    const document = this.gate.wrap(
      this.hints.attach(
        observedPlanDocument(wordPlanDocument(emulatedWordHost(word)), {
          changed: () => this.view.refresh(),
          settled: () => this.showStats(),
        }),
      ),
    );
    const container = element(this.root.ownerDocument, "div", { class: "panel-root" });
    this.panelSlot.replaceChildren(container);
    word.setOfficeTheme(this.officeTheme);
    const unmount = mountPanel(container, document, {
      locale: "it",
      templateBase64: officialTemplateBase64,
      officeTheme: officeThemeSource(word.Office),
    });
    const unwatch = word.onControlSelected((tag) => this.view.reveal(tag));
    this.current = { word, name, unmountPanel: () => (unwatch(), unmount()) };
    this.profileSelect.value = word.profile;
    this.fileName.textContent = name;
    this.root.dataset.profile = word.profile;
    this.clearMessage();
    this.showStats();
    this.view.refresh();
    return true;
  }

  /** The task pane's width in CSS pixels, as Word would give it. */
  setPaneWidth(px: number): void {
    this.panelColumn.style.width = `${px}px`;
    this.widthSelect.value = String(px);
  }

  /**
   * Office's theme as a user switches it in File > Account: the emulated Office changes
   * `officeTheme` and raises OfficeThemeChanged, which the pane follows as it would in Word. High
   * contrast stands in for Windows' forced colours and leaves Office's theme as it was.
   */
  setTheme(theme: PlaygroundTheme): void {
    const html = this.root.ownerDocument.documentElement;
    if (theme === "high-contrast") html.setAttribute(FORCED_COLORS_ATTRIBUTE, "active");
    else {
      html.removeAttribute(FORCED_COLORS_ATTRIBUTE);
      this.officeTheme = theme;
      this.current?.word.setOfficeTheme(theme);
    }
    this.themeSelect.value = theme;
  }

  private requireOpen(): Open {
    if (!this.current) throw new Error("nessun documento aperto");
    return this.current;
  }

  private async openChosenFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = "";
    if (!file) return;
    await this.open(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  private async switchProfile(profile: HostProfile): Promise<void> {
    const current = this.current;
    if (!current || current.word.profile === profile) return;
    try {
      if (!(await this.open(await current.word.save(), current.name, profile)))
        this.profileSelect.value = current.word.profile;
    } catch (error) {
      this.profileSelect.value = current.word.profile;
      this.showMessage(
        `Impossibile riaprire il documento come ${PROFILES[profile].label}: ${describeError(error)}`,
      );
    }
  }

  /** As Word does with a command, the button runs again only once the last run is over. */
  private async recordFromRibbon(button: HTMLButtonElement): Promise<void> {
    const current = this.current;
    if (!current) return;
    button.disabled = true;
    try {
      await recordVersionLikeTheRibbon(
        current.word,
        {
          dialogHost: this.root.ownerDocument.body,
          locale: "it",
          changed: () => this.view.refresh(),
          settled: () => this.showStats(),
        },
        this.hints,
      );
    } catch (error) {
      this.showMessage(`Registra versione: ${describeError(error)}`);
    } finally {
      button.disabled = false;
    }
  }

  private async download(): Promise<void> {
    const current = this.current;
    if (!current) return;
    try {
      const bytes = await current.word.save();
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
      const link = element(this.root.ownerDocument, "a", { href: url, download: current.name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      this.showMessage(`Impossibile salvare il documento: ${describeError(error)}`);
    }
  }

  private showStats(): void {
    const word = this.current?.word;
    if (!word) return;
    const timing = this.lastRender;
    const render =
      timing === null
        ? ""
        : ` · save() ${Math.round(timing.saveMs)} ms + disegno ${Math.round(timing.drawMs)} ms`;
    this.stats.textContent = `Sincronizzazioni con Word: ${word.stats.syncs}${render}`;
    this.stats.dataset.syncs = String(word.stats.syncs);
  }

  showMessage(text: string): void {
    this.messageText.textContent = text;
    this.message.hidden = false;
  }

  private clearMessage(): void {
    this.message.hidden = true;
    this.messageText.textContent = "";
  }
}
