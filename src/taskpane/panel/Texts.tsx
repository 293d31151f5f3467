/** Testi: every free text of the template, empty or filled with its first words, one click from Word's cursor. */
import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import { useMemo } from "react";

import { type TextEntry, type TextGroup, textEntries } from "../../plan/text-entries";
import { usePanelActions, usePanelSelector, useStrings } from "../state";
import type { TextsStrings } from "../strings";
import { useSharedStyles } from "./shared.styles";
import { useTextsStyles } from "./Texts.styles";

type Group = { readonly key: string; readonly title: string; readonly entries: TextEntry[] };

function groupTitle(group: TextGroup, strings: TextsStrings): string {
  return group.kind === "section" ? strings.section[group.section] : group.heading;
}

/** Consecutive entries of one group, in document order. */
function grouped(entries: readonly TextEntry[], strings: TextsStrings): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const key = entry.group.kind === "section" ? entry.group.section : `azione:${entry.group.azione}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, title: groupTitle(entry.group, strings), entries: [entry] });
  }
  return groups;
}

const BADGE_COLOR = { filled: "success", empty: "informative", missing: "warning" } as const;

export function Texts() {
  const shared = useSharedStyles();
  const styles = useTextsStyles();
  const strings = useStrings().texts;
  const actions = usePanelActions();
  const plan = usePanelSelector((state) => state.reading?.plan);
  const groups = useMemo(() => (plan ? grouped(textEntries(plan), strings) : []), [plan, strings]);

  if (groups.length === 0) return null;
  return (
    <div className={shared.sectionBody} aria-label={strings.textsTitle} role="group">
      {groups.map((group) => (
        <div key={group.key}>
          <Text as="h3" weight="semibold" className={shared.groupTitle}>
            {group.title}
          </Text>
          <ul className={styles.list}>
            {group.entries.map((entry) => (
              <li key={entry.tag} className={styles.entry} data-tag={entry.tag}>
                <span className={styles.words}>
                  <Text size={200}>{entry.label}</Text>
                  <span>
                    <Badge appearance="tint" size="small" color={BADGE_COLOR[entry.state]}>
                      {strings.state[entry.state]}
                    </Badge>{" "}
                    {entry.excerpt !== "" && <Caption1 className={styles.excerpt}>{entry.excerpt}</Caption1>}
                  </span>
                </span>
                <Button
                  size="small"
                  disabled={entry.state === "missing"}
                  aria-label={strings.goToTextOf(entry.label)}
                  onClick={() => void actions.selectField(entry.tag)}
                >
                  {strings.goToText}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
