/**
 * Command-line entry: `npm run cli -- <command> [args]`.
 * Each subcommand lives in its own module under ./commands.
 */
import { UserError, type Command } from "./command";
import { templatesCommand } from "./commands/templates";
import { newCommand } from "./commands/new";
import { shareCommand } from "./commands/share";
import { distributeCommand } from "./commands/distribute";
import { collectCommand } from "./commands/collect";
import { extractCommand } from "./commands/extract";
import { bulletinCommand } from "./commands/bulletin";
import { endQuietlyOnClosedStdout } from "./files";

export const COMMANDS: Command[] = [
  templatesCommand,
  newCommand,
  shareCommand,
  distributeCommand,
  collectCommand,
  bulletinCommand,
  extractCommand,
];

function help(): string {
  const lines = [
    "指标规划助手 Indicator Planner — 命令行 / command line",
    "",
    "用法 / usage: npm run cli -- <command> [options]",
    "",
  ];
  for (const c of COMMANDS) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`错误 / error: 未知命令 unknown command '${name}' (npm run cli -- help)`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    const msg = e instanceof UserError ? e.message : e instanceof Error ? e.message : String(e);
    console.error(`错误 / error: ${msg.split("\n")[0]}`);
    return e instanceof UserError ? e.code : 1;
  }
}

if (require.main === module) {
  endQuietlyOnClosedStdout();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
