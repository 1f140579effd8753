import type { Command } from './command';
import { COMMANDS } from './commands/command-table';
import { EXIT, UsageError } from './errors';
import type { CliIo } from './io';
import { parseCommand } from './parse-command';
import { reportFailure } from './report-failure';
import { TOOL, toolHelp, usageHint } from './tool-help';
import { toolVersion } from './version';

function usage(io: CliIo, message: string, command: Command | null): number {
  io.stderr(`${TOOL}: ${message}\n${usageHint(command)}`);
  return EXIT.usage;
}

/**
 * Runs `campaign-operator` with `argv` (the arguments after the program name) and returns the exit
 * code: 0 success, 1 input errors, 2 wrong usage. Never exits the process itself.
 *
 * @example await main(['track', 'plan.xlsx', '--json'], processIo()) // 0
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(toolHelp(commands));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = commands.find((c) => c.name === rest[0]);
    io.stdout(topic === undefined ? toolHelp(commands) : `${topic.help.trimEnd()}\n`);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    return usage(io, first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`, null);
  }
  try {
    const args = parseCommand(command, rest);
    if (args === 'help') {
      io.stdout(`${command.help.trimEnd()}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message, command);
    return reportFailure(e, io);
  }
}
