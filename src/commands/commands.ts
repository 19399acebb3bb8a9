// The ribbon's function file (manifest <FunctionFile> → commands.html). Each ExecuteFunction button's
// <FunctionName> is a key of `commands`. There are none yet: "Open Procsheet" is a ShowTaskpane button.
import { registerCommands, whenOfficeReady, type CommandHandler } from "../excel/host";

const commands: Readonly<Record<string, CommandHandler>> = {};

registerCommands(commands);
void whenOfficeReady();
