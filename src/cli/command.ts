/** A CLI subcommand. `run` returns the process exit code; it prints its own output.
 * Errors for the user are one line on stderr and a non-zero code, never a stack trace. */
export interface Command {
  name: string;
  /** One line, Chinese then English. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Thrown for bad input; main.ts prints its message as one line and exits with `code`. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}
