/**
 * The «Registra versione» form, in plain DOM: three fields and two buttons do not need React and
 * Fluent UI, and without them the dialog page is a few kilobytes, so it opens at once on every
 * click. The same form runs in Word's dialog (version-dialog.ts) and in the playground's overlay.
 */
import type { Locale } from "../plan/messages";
import { type VersionDraft, checkDraft } from "../plan/version-draft";
import { commandStrings } from "./strings";
import type { VersionDialogAnswer, VersionDialogRequest } from "./version-dialog-protocol";

type FieldName = keyof VersionDraft;

const FIELDS: readonly FieldName[] = ["date", "number", "summary"];

/** Fills `root` with the form for `request`; `answer` is called once, with «Registra» or «Annulla». */
export function renderVersionForm(
  root: HTMLElement,
  request: VersionDialogRequest,
  locale: Locale,
  answer: (answer: VersionDialogAnswer) => void,
): void {
  const doc = root.ownerDocument;
  const strings = commandStrings(locale);
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  let answered = false;
  const once = (value: VersionDialogAnswer) => {
    if (answered) return;
    answered = true;
    answer(value);
  };

  const form = element("form");
  form.noValidate = true;
  form.setAttribute("aria-labelledby", "pgs-version-title");
  const title = element("h1", strings.title);
  title.id = "pgs-version-title";
  form.append(title);

  if (request.kind === "message") {
    const message = element("p", request.text);
    message.setAttribute("role", "alert");
    const close = element("button", strings.close);
    close.type = "submit";
    form.append(message, close);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      once({ kind: "cancel" });
    });
    root.replaceChildren(form);
    close.focus();
    return;
  }

  form.append(element("p", strings.hint));
  if (request.error !== undefined) {
    const error = element("p", request.error);
    error.setAttribute("role", "alert");
    form.append(error);
  }
  const inputs = new Map<FieldName, HTMLInputElement | HTMLTextAreaElement>();
  const errors = new Map<FieldName, HTMLElement>();
  for (const name of FIELDS) {
    const id = `pgs-version-${name}`;
    const label = element("label", strings[name]);
    label.htmlFor = id;
    const input = name === "summary" ? element("textarea") : element("input");
    if (input instanceof HTMLTextAreaElement) input.rows = 4;
    input.id = id;
    input.name = name;
    input.value = request.draft[name];
    const error = element("span");
    error.id = `${id}-error`;
    input.setAttribute("aria-describedby", error.id);
    const field = element("div");
    field.append(label, input, error);
    form.append(field);
    inputs.set(name, input);
    errors.set(name, error);
  }
  const record = element("button", strings.record);
  record.type = "submit";
  const cancel = element("button", strings.cancel);
  cancel.type = "button";
  cancel.addEventListener("click", () => once({ kind: "cancel" }));
  form.append(record, cancel);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = (name: FieldName) => inputs.get(name)?.value ?? "";
    const checked = checkDraft({ date: value("date"), number: value("number"), summary: value("summary") });
    const found = checked.ok ? {} : checked.errors;
    for (const name of FIELDS) {
      const code = found[name];
      errors.get(name)!.textContent = code === undefined ? "" : strings.draftError[code];
      inputs.get(name)?.setAttribute("aria-invalid", String(code !== undefined));
    }
    if (checked.ok) once({ kind: "record", draft: checked.row });
    else inputs.get(FIELDS.find((name) => found[name] !== undefined) ?? "date")?.focus();
  });
  root.replaceChildren(form);
  inputs.get("date")?.focus();
}
