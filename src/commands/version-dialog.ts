/**
 * The page Word opens as the «Registra versione» dialog (version-dialog.html). It reads its request
 * from the query string and answers through `Office.context.ui.messageParent`
 * (learn.microsoft.com/javascript/api/office/office.ui), DialogApi 1.1.
 */
import { localeOf } from "./office-locale";
import { parseRequest } from "./version-dialog-protocol";
import { renderVersionForm } from "./version-form";

void Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const request = parseRequest(params.get("request")) ?? { kind: "message", text: "—" };
  const root = document.getElementById("root");
  if (!root) return;
  renderVersionForm(root, request, localeOf(params.get("locale") ?? undefined), (answer) =>
    Office.context.ui.messageParent(JSON.stringify(answer)),
  );
});
