/** The `policy` command line: one subcommand per file in this folder. */
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Io } from "./io";
import { readText } from "./read";
import { checkCommand } from "./check";
import { fmtCommand } from "./fmt";
import { diffCommand } from "./diff";
import { simulateCommand, type SimulateIo } from "./simulate";
import { loadPolicyVersions } from "./load-policy";

// A reader that stops early (`policy check | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  readBytes: (path) => readFile(path),
  writeText: (path, text) => writeFile(path, text, "utf8"),
  size: async (path) => {
    const s = await stat(path);
    return { bytes: s.size, directory: s.isDirectory() };
  },
  listFiles: async (dir, suffix) =>
    (await readdir(dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => join(dir, f)),
};

function simulateIo(io: Io): SimulateIo {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    loadPolicy: (files) => loadPolicyVersions(io, files),
    readFile: async (path) => {
      const read = await readText(path, io);
      if (!read.ok) throw new Error(read.message);
      return read.text;
    },
  };
}

const USAGE = `用法：policy <命令> [参数]

命令：
  check [--json] [--coverage] [文件…]
                               检查办法文件（默认检查 policy/ 下的全部 .policy 文件）；
                               --coverage 列出示例覆盖了哪些条款和规则
  fmt [--check] [文件…]        按统一格式排版办法文件（--check：只检查，不改动）
  simulate 记录.json [--policy 文件] [--format json|text]
                               按办法计算一年的记录
  diff 旧文件 新文件 [--records 文件夹] [--json]
                               比较两个版本的办法：条款、分值和规则的改动；
                               --records 列出积分、罚款、奖金或评级上限有变化的记录
`;

export async function main(args: string[], io: Io = nodeIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "check":
      return checkCommand(rest, io);
    case "fmt":
      return fmtCommand(rest, io);
    case "simulate":
      return simulateCommand(rest, simulateIo(io));
    case "diff":
      return diffCommand(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.stderr(`错误：未知的命令“${command}”\n\n${USAGE}`);
      return 1;
  }
}
