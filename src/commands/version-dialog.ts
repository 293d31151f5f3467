/**
 * The page Word opens as the «Registra versione» dialog (version-dialog.html). It reads its request
 * from the query string and answers through `Office.context.ui.messageParent`
 * (learn.microsoft.com/javascript/api/office/office.ui), DialogApi 1.1.
 */
import { localeOf } from "../word/port";
import { commandStrings } from "./strings";
import { parseRequest } from "./version-dialog-protocol";
import { renderVersionForm } from "./version-form";

void Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const locale = localeOf(params.get("locale") ?? undefined);
  // Only this add-in opens the page, so an unreadable request means a broken link, not a person's mistake.
  const request = parseRequest(params.get("request")) ?? {
    kind: "message",
    text: commandStrings(locale).unexpected("version-dialog.html?request"),
  };
  const root = document.getElementById("root");
  if (!root) return;
  renderVersionForm(root, request, locale, (answer) =>
    Office.context.ui.messageParent(JSON.stringify(answer)),
  );
});
