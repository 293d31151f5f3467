/**
 * A Word host over a real .docx: `Word.run` and the `Office` namespace subset, typed like the
 * globals so the add-in's adapter runs against it unchanged, strict where Office.js is strict.
 */
import { NS } from "../docx/namespaces";
import { DocxPackage } from "../docx/package";
import { isNamed } from "../docx/xml";
import { documentHandle } from "./api/document";
import type { HostProfile, HostQuirks } from "./host-profile";
import type { EmulatorStats } from "./meter";
import { ERROR_CODES, MESSAGES, OfficeExtensionError } from "./errors";
import { createOffice, type EmulatedOffice } from "./office-namespace";
import { EmulatedOfficeTheme, type OfficeThemeId } from "./office-theme";
import { readTag } from "./ooxml/sdt-properties";
import { RichApiHost, type RichApiOptions } from "./richapi/host";
import { RequestContextImpl } from "./runtime/context";
import { DocumentSession } from "./session";
import { createSettings } from "./settings";
import { DEFAULT_ADDIN_REFERENCE, type AddinReference } from "./webextension-part";

export type OpenOptions = {
  /** Which Word to behave as; "desktop" unless said. */
  readonly profile?: HostProfile;
  /** The add-in whose settings `Office.context.document.settings` reads and writes. */
  readonly addin?: AddinReference;
  /** Behaviours to change from the profile's, to try an answer no profile gives yet. */
  readonly quirks?: Partial<HostQuirks>;
};

/** String values of the Word enums an adapter passes (`Word.InsertLocation.replace` is "Replace"). */
export const WORD_ENUMS = {
  InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
  ContentControlType: {
    richText: "RichText",
    plainText: "PlainText",
    checkBox: "CheckBox",
    dropDownList: "DropDownList",
    comboBox: "ComboBox",
    datePicker: "DatePicker",
    picture: "Picture",
    buildingBlockGallery: "BuildingBlockGallery",
    repeatingSection: "RepeatingSection",
    group: "Group",
    unknown: "Unknown",
  },
} as const;

export type EmulatedWordNamespace = {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  readonly InsertLocation: typeof WORD_ENUMS.InsertLocation;
  readonly ContentControlType: typeof WORD_ENUMS.ContentControlType;
};

export class EmulatedWord {
  readonly Word: EmulatedWordNamespace;
  readonly Office: EmulatedOffice;
  private readonly officeTheme = new EmulatedOfficeTheme();

  private constructor(
    private readonly session: DocumentSession,
    addin: AddinReference,
  ) {
    this.Word = {
      run: (batch) => this.run(batch),
      InsertLocation: WORD_ENUMS.InsertLocation,
      ContentControlType: WORD_ENUMS.ContentControlType,
    };
    this.Office = createOffice(
      session,
      session.profile,
      createSettings(session.pkg, addin),
      this.officeTheme,
    );
  }

  static async open(docx: Uint8Array, options: OpenOptions = {}): Promise<EmulatedWord> {
    const pkg = await DocxPackage.open(docx);
    return new EmulatedWord(
      new DocumentSession(pkg, options.profile ?? "desktop", options.quirks),
      options.addin ?? DEFAULT_ADDIN_REFERENCE,
    );
  }

  get profile(): HostProfile {
    return this.session.profile;
  }

  /** Live counters: syncs and XML nodes touched since open or the last `resetStats()`. */
  get stats(): EmulatorStats {
    return this.session.meter;
  }

  /**
   * Calls `listener` with the tag of each content control a batch selects (`ContentControl.select`),
   * so a page can show where Word's selection went; the emulator keeps no selection of its own.
   */
  onControlSelected(listener: (tag: string) => void): () => void {
    return this.session.onSelectionChanged((selected) => {
      if (isNamed(selected, NS.w, "sdt")) listener(readTag(selected));
    });
  }

  /**
   * A RichApi host over this document, for Microsoft's office.js client to talk to in place of
   * the emulator's own client; both act on the same document and count on the same meter.
   */
  richApiHost(options: RichApiOptions = {}): RichApiHost {
    return new RichApiHost(this.session, options);
  }

  /** Switches Office's theme, as File > Account > Office Theme does, and raises OfficeThemeChanged. */
  setOfficeTheme(id: OfficeThemeId): void {
    this.officeTheme.set(id);
  }

  resetStats(): void {
    this.session.meter.reset();
  }

  /** The document as .docx bytes; parts nobody changed are written back byte for byte. */
  save(): Promise<Uint8Array> {
    return this.session.pkg.save();
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new RequestContextImpl(this.session, documentHandle);
    // The one boundary where the emulator's strict proxy is presented as Office.js's type.
    const pending: unknown = batch(ctx.proxy as Word.RequestContext);
    if (!isThenable(pending)) {
      // office.js rejects such a batch, because it could not release the batch's objects after it.
      throw new OfficeExtensionError(
        ERROR_CODES.runMustReturnPromise,
        MESSAGES.runMustReturnPromise,
        "Word.run",
      );
    }
    const result = await (pending as Promise<T>);
    if (ctx.hasPendingOperations) await ctx.sync();
    return result;
  }
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"
  );
}
