/**
 * The ribbon's function commands, by the <FunctionName> manifest.xml gives each ExecuteFunction
 * action, and their registration with `Office.actions.associate`
 * (learn.microsoft.com/javascript/api/office/office.actions). Word waits for `event.completed()`
 * (learn.microsoft.com/javascript/api/office/office.addincommands.event) before it lets the
 * command run again, so it is called whatever happens, once the handler has settled.
 */
import { officeLocale } from "../word/port";
import { officeVersionDialog } from "./office-version-dialog";
import { recordVersionFromRibbon } from "./record-version-command";
import { officeWordHost, wordPlanDocument } from "../word/port";

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<unknown>;

export type CommandRegistry = {
  associate(name: string, action: (event: Office.AddinCommands.Event) => void): void;
};

/**
 * «Registra versione» runs as ExecuteFunction with a dialog rather than a second ShowTaskpane: the
 * pane's own version dialog then stays the pane's, the button works with the pane closed, and the
 * dialog opens on the proposal at once. DialogApi 1.1 is in every Word that has WordApi 1.3, the
 * set the manifest requires (learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets).
 */
const recordVersion: CommandHandler = () => {
  const locale = officeLocale();
  return recordVersionFromRibbon({
    document: wordPlanDocument(officeWordHost()),
    dialog: officeVersionDialog(new URL("version-dialog.html", window.location.href).href, locale),
    today: () => new Date(),
    locale,
  });
};

export const COMMANDS: Readonly<Record<string, CommandHandler>> = { recordVersion };

export function registerCommands(
  registry: CommandRegistry,
  commands: Readonly<Record<string, CommandHandler>> = COMMANDS,
): void {
  for (const [name, handler] of Object.entries(commands)) {
    registry.associate(name, (event) => {
      // A handler reports its own failures in its dialog; one that could not even open a dialog
      // has nowhere to say so, and Word must still be told the command is over.
      void handler(event)
        .catch(() => undefined)
        .finally(() => event.completed());
    });
  }
}
