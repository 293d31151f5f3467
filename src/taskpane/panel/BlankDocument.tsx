/**
 * Shown when the open document is not the template (no `pgs:` field): says so and offers to insert
 * the template for the school years the tutor picks (the first one and how many, consecutive, as
 * `pgs template --years` makes them). The document layer refuses when the document holds anything,
 * so a click here never replaces what a person wrote; the refusal shows in the message area.
 */
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";

import { LIMITS } from "../../plan/limits";
import {
  OFFICIAL_SCHOOL_YEARS,
  consecutiveSchoolYears,
  parseSchoolYear,
  schoolYearLabel,
} from "../../plan/vocabulary";
import { usePanelActions, usePanelSelector, useStrings } from "../state";
import { templateBase64For } from "../template-for-years";
import { useSharedStyles } from "./shared.styles";
import { useNotTemplate } from "./useNotTemplate";

const COUNTS = Array.from({ length: LIMITS.schoolYears }, (_, index) => index + 1);
const OFFICIAL_FIRST = schoolYearLabel(OFFICIAL_SCHOOL_YEARS[0]!);

export function BlankDocument({
  templateBase64,
}: {
  /** Fetches the official template's bytes as base64 (officialTemplateBase64 in the pane). */
  readonly templateBase64: () => Promise<string>;
}) {
  const shared = useSharedStyles();
  const strings = useStrings().blankDocument;
  const actions = usePanelActions();
  const notTemplate = useNotTemplate();
  const busy = usePanelSelector((state) => state.activity !== "idle");
  const [firstText, setFirstText] = useState(OFFICIAL_FIRST);
  const [count, setCount] = useState(OFFICIAL_SCHOOL_YEARS.length);

  if (!notTemplate) return null;
  const first = parseSchoolYear(firstText);
  const years = first ? consecutiveSchoolYears(first, count) : undefined;
  return (
    <div className={shared.sectionBody} role="group" aria-label={strings.notTemplateTitle}>
      <Text weight="semibold">{strings.notTemplateTitle}</Text>
      <Text>{strings.notTemplate}</Text>
      <Field
        label={strings.firstSchoolYear}
        hint={strings.firstSchoolYearHint(OFFICIAL_FIRST)}
        validationState={first ? "none" : "error"}
        validationMessage={first ? undefined : strings.invalidSchoolYear}
      >
        <Input value={firstText} onChange={(_, data) => setFirstText(data.value)} />
      </Field>
      <Field label={strings.schoolYearCount}>
        <Select value={String(count)} onChange={(_, data) => setCount(Number(data.value))}>
          {COUNTS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        disabled={busy || !years}
        onClick={() => {
          if (years) void actions.insertTemplate(() => templateBase64For(years, templateBase64));
        }}
      >
        {strings.insertOfficialTemplate}
        {years ? ` (${years.map(schoolYearLabel).join(", ")})` : ""}
      </Button>
    </div>
  );
}
