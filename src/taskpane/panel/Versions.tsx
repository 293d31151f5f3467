/** Versioni: the rows of the document's versioning table, and the button that records a new one. */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from "@fluentui/react-components";

import { useRef } from "react";

import { VERSIONING_COLUMNS, VERSIONING_TITLE } from "../../plan/layout";
import { usePanelSelector, useStrings } from "../state";
import { useSharedStyles } from "./shared.styles";
import { useVersionDialog } from "./useVersionDialog";
import { useVersionsStyles } from "./Versions.styles";

const [DATE_COLUMN, NUMBER_COLUMN, SUMMARY_COLUMN] = VERSIONING_COLUMNS;

function VersionDialog({ dialog }: { readonly dialog: ReturnType<typeof useVersionDialog> }) {
  const styles = useVersionsStyles();
  const strings = useStrings();
  const { draft, errors } = dialog;
  return (
    <Dialog
      open={dialog.open}
      onOpenChange={(_event, data) => {
        if (!data.open) dialog.close();
      }}
    >
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            dialog.confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{strings.recordVersionTitle}</DialogTitle>
            <DialogContent className={styles.form}>
              <Caption1>{strings.recordVersionHint}</Caption1>
              <Field
                label={DATE_COLUMN}
                required
                validationState={errors.date ? "error" : "none"}
                validationMessage={errors.date}
              >
                <Input value={draft.date} onChange={(_event, data) => dialog.editDate(data.value)} />
              </Field>
              <Field
                label={NUMBER_COLUMN}
                required
                validationState={errors.number ? "error" : "none"}
                validationMessage={errors.number}
              >
                <Input
                  value={draft.number}
                  inputMode="numeric"
                  onChange={(_event, data) => dialog.editNumber(data.value)}
                />
              </Field>
              <Field
                label={SUMMARY_COLUMN}
                required
                validationState={errors.summary ? "error" : "none"}
                validationMessage={errors.summary}
              >
                <Textarea
                  value={draft.summary}
                  resize="vertical"
                  rows={4}
                  onChange={(_event, data) => dialog.editSummary(data.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={dialog.close} disabled={dialog.recording}>
                {strings.cancel}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={dialog.recording}
                icon={dialog.recording ? <Spinner size="tiny" /> : undefined}
              >
                {strings.confirmRecord}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function Versions() {
  const styles = useVersionsStyles();
  const shared = useSharedStyles();
  const strings = useStrings();
  const versions = usePanelSelector((state) => state.reading?.versions);
  const openerRef = useRef<HTMLButtonElement>(null);
  const dialog = useVersionDialog(openerRef);

  return (
    <div className={shared.sectionBody}>
      {versions && versions.length > 0 ? (
        <Table size="extra-small" className={styles.table} aria-label={VERSIONING_TITLE}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.narrow}>{DATE_COLUMN}</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>{NUMBER_COLUMN}</TableHeaderCell>
              <TableHeaderCell>{SUMMARY_COLUMN}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((version, index) => (
              <TableRow key={`${version.number}-${index}`}>
                <TableCell className={styles.narrow}>{version.date}</TableCell>
                <TableCell className={styles.narrow}>{version.number}</TableCell>
                <TableCell>{version.summary}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Text>{strings.noVersions}</Text>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={dialog.openDialog} ref={openerRef}>
          {strings.recordVersion}
        </Button>
      </div>
      <VersionDialog dialog={dialog} />
    </div>
  );
}
