/** conformance.html in Word: waits for Office, then mounts the page over the real Word. */
import { mountConformancePage } from "./page";
import { wordEnv } from "./word-env";

const root = document.getElementById("root");
if (!root) throw new Error("conformance.html has no #root");
if (typeof Office === "undefined") {
  root.textContent = "Questa pagina funziona dentro Word: caricala con manifest.conformance.xml.";
} else {
  void Office.onReady(() => mountConformancePage(root, wordEnv()));
}
