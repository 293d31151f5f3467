/**
 * Shown when the open document is not the template (no `pgs:` field): says so and offers to insert
 * the official template. The document layer refuses when the document holds anything, so a click
 * here never replaces what a person wrote; the refusal shows in the message area.
 */
import { Button, Text } from "@fluentui/react-components";

import type { SchoolYear } from "../../plan/vocabulary";
import { schoolYearLabel } from "../../plan/vocabulary";
import { useLocale, usePanelActions, usePanelSelector } from "../state";
import { TEXTS_STRINGS } from "../texts-strings";
import { useSharedStyles } from "./shared.styles";

export function BlankDocument({
  years,
  templateBase64,
}: {
  /** The school years the offered template is for. */
  readonly years: readonly SchoolYear[];
  /** Fetches the template's bytes as base64 (officialTemplateBase64 in the pane). */
  readonly templateBase64: () => Promise<string>;
}) {
  const shared = useSharedStyles();
  const strings = TEXTS_STRINGS[useLocale()];
  const actions = usePanelActions();
  const notTemplate = usePanelSelector(
    (state) => state.reading?.plan.problems.some((problem) => problem.code === "not-template") ?? false,
  );
  const busy = usePanelSelector((state) => state.activity !== "idle");

  if (!notTemplate) return null;
  return (
    <div className={shared.sectionBody} role="group" aria-label={strings.notTemplateTitle}>
      <Text weight="semibold">{strings.notTemplateTitle}</Text>
      <Text>{strings.notTemplate}</Text>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => void actions.insertTemplate(templateBase64)}
      >
        {strings.insertOfficialTemplate} ({years.map(schoolYearLabel).join(", ")})
      </Button>
      <Text size={200} className={shared.hint}>
        {strings.otherYearsHint}
      </Text>
    </div>
  );
}
