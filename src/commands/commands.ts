/**
 * The function file that manifest.xml names in <FunctionFile> (commands.html loads it): it registers
 * the ribbon's ExecuteFunction handlers once Office is ready.
 */
import { registerCommands } from "./register";

void Office.onReady(() => registerCommands(Office.actions));
