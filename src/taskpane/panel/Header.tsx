/** The plan's identity (read only: the dirigente types it in Word), the re-read button and host notices. */
import { Button, Caption1, Spinner, Text, mergeClasses } from "@fluentui/react-components";

import { useStrings } from "../state";
import { useHeaderStyles } from "./Header.styles";
import { useSharedStyles } from "./shared.styles";
import { useHeader } from "./useHeader";

export function Header() {
  const styles = useHeaderStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const { fields, webLimited, tracking, activity, freeTexts, onReread } = useHeader();

  return (
    <header className={styles.root}>
      <dl className={styles.identity}>
        {fields.map((field) => (
          <div key={field.label} className={styles.pair}>
            <dt className={styles.term}>
              <Caption1>{field.label}</Caption1>
            </dt>
            <dd className={styles.value}>
              {field.value === "" ? (
                <Text className={styles.empty}>{strings.notFilled}</Text>
              ) : (
                <Text weight="semibold">{field.value}</Text>
              )}
              {field.warning && (
                <Caption1 block className={styles.warning}>
                  {strings.codeLooksWrong}
                </Caption1>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Caption1 className={shared.hint}>{strings.filledInWord}</Caption1>
      <div className={styles.actions}>
        <Button size="small" onClick={onReread}>
          {strings.reread}
        </Button>
        {/* Always laid out, shown only while busy: nothing below moves when a write starts or ends. */}
        <span className={mergeClasses(styles.activity, activity === "idle" && styles.idle)}>
          {activity !== "idle" && (
            <Spinner size="extra-tiny" label={activity === "reading" ? strings.reading : strings.writing} />
          )}
        </span>
      </div>
      {webLimited && (
        <div className={styles.notice} role="note" aria-label={strings.webNoticeTitle}>
          <Caption1 block>
            <strong>{strings.webNoticeTitle}: </strong>
            {strings.webNotice}
          </Caption1>
        </div>
      )}
      {tracking && (
        <div className={styles.notice} role="note" aria-label={strings.trackChangesTitle}>
          <Caption1 block>
            <strong>{strings.trackChangesTitle}: </strong>
            {strings.trackChangesNotice}
          </Caption1>
        </div>
      )}
      {freeTexts && (
        <Caption1 className={shared.hint}>
          {strings.freeTexts(freeTexts.filled, freeTexts.total)}. {strings.freeTextsHint}
        </Caption1>
      )}
    </header>
  );
}
