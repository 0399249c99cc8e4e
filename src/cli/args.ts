/** What the commands with options share: --help, a usage line on a bad option (exit 2), error text. */

interface Out {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The command's options, or its exit code: 0 after printing the usage for --help/-h, 2 after
 * printing the problem and the usage when `parse` returns a message instead of options.
 */
export function commandOptions<T>(args: readonly string[], io: Out, usage: string, parse: (args: readonly string[]) => T | string): T | number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const options = parse(args);
  if (typeof options !== "string") return options;
  io.stderr(`错误：${options}\n${usage}\n`);
  return 2;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
