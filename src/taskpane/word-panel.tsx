/** The panel over the document Word has open, in its own chunk: only drawn once start-up found Word. */
import { useMemo } from "react";

import { officeLocale } from "../word/port";
import { officeWordHost, wordPlanDocument } from "../word/port";
import { wordOfficeTheme } from "./host";
import { PanelRoot } from "./mount";
import { officialTemplateBase64 } from "./official-template";

export function WordPanel() {
  const document = useMemo(() => wordPlanDocument(officeWordHost()), []);
  const locale = useMemo(() => officeLocale(), []);
  const officeTheme = useMemo(() => wordOfficeTheme(), []);
  return (
    <PanelRoot
      document={document}
      locale={locale}
      templateBase64={officialTemplateBase64}
      officeTheme={officeTheme}
    />
  );
}
