/**
 * The function file that manifest.xml names in <FunctionFile> (commands.html loads it).
 *
 * The only ribbon button today, "Piano di supporto", opens the task pane through a ShowTaskpane
 * action and needs no function. A button with an ExecuteFunction action gets its handler here,
 * under the <FunctionName> the manifest gives it.
 */

export type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {};

/** Registers every handler with Office; Word waits for completed() before it runs the next command. */
export function registerCommands(commands: Readonly<Record<string, CommandHandler>> = COMMANDS): void {
  for (const [name, handler] of Object.entries(commands)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void handler(event).finally(() => event.completed());
    });
  }
}

void Office.onReady(() => registerCommands());
