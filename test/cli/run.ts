import { main, nodeIo } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";

/** Run the `policy` CLI in-process and capture what it prints. */
export async function runCli(args: string[], overrides: Partial<Io> = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    ...nodeIo,
    stdout: (t) => void (stdout += t.endsWith("\n") ? t : t + "\n"),
    stderr: (t) => void (stderr += t.endsWith("\n") ? t : t + "\n"),
    ...overrides,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
