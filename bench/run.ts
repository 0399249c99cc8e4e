/**
 * `npm run bench`: every benchmark of issue 6 in one run, one table, bench/results.json.
 *
 *   npm run bench                        all of them (about 12–15 minutes on 2 cores)
 *   npm run bench -- --check             exit 1 when a budget is missed
 *   npm run bench -- --only parser,engine   some of them (parser, engine, build, weight); prints
 *                                        only: results.json and the README keep the last full run
 *   npm run bench -- --readme            also write the table into README.md's Performance section
 *
 * Progress goes to stderr, the table to stdout.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Budget } from "./budgets";
import { WORK, buildBenchmark } from "./build";
import { engineBenchmark } from "./engine";
import { parserBenchmark } from "./parser";
import { describeBudget, finishMachine, machineAtStart, renderMarkdown, renderText } from "./report";
import type { Section } from "./section";
import { weightBenchmark } from "./weight";

const BENCHMARKS: { [name: string]: () => Promise<Section> } = {
  parser: parserBenchmark,
  engine: engineBenchmark,
  build: buildBenchmark,
  weight: weightBenchmark,
};

const RESULTS = new URL("./results.json", import.meta.url);
const README = new URL("../README.md", import.meta.url);
const BEGIN = "<!-- bench:begin (npm run bench -- --readme writes this part) -->";
const END = "<!-- bench:end -->";

function options(argv: string[]) {
  const only = argv.find((a) => a.startsWith("--only"));
  const value = only?.includes("=") ? only.split("=")[1] : only ? argv[argv.indexOf(only) + 1] : undefined;
  const names = value ? value.split(",") : Object.keys(BENCHMARKS);
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHMARKS).join(", ")}`);
  const readme = argv.includes("--readme");
  if (readme && only) throw new Error("--readme needs every benchmark: the README shows one whole run");
  return { names, check: argv.includes("--check"), readme };
}

function writeReadme(markdown: string): void {
  const text = readFileSync(README, "utf8");
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no ${BEGIN} … ${END} markers`);
  writeFileSync(README, `${text.slice(0, begin + BEGIN.length)}\n\n${markdown}\n\n${text.slice(end)}`);
}

async function main(): Promise<number> {
  const { names, check, readme } = options(process.argv.slice(2));
  const start = machineAtStart();
  const sections: Section[] = [];
  for (const name of names) sections.push(await BENCHMARKS[name]!());
  const machine = finishMachine(start);
  const budgets: Budget[] = sections.flatMap((s) => s.budgets);
  process.stdout.write(renderText(sections, budgets, machine));
  if (names.length === Object.keys(BENCHMARKS).length) {
    const results = { machine, budgets, sections: sections.map(({ title, columns, rows, notes, data }) => ({ title, columns, rows, notes, data })) };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    if (readme) writeReadme(renderMarkdown(sections, budgets, machine));
  }
  // Each run builds its sites afresh in its own folder (an earlier run's were built from earlier code);
  // a failed run leaves its folder, with the build log, to be read.
  rmSync(WORK, { recursive: true, force: true });
  const missed = budgets.filter((b) => !b.pass);
  if (missed.length > 0) process.stderr.write(`\n${missed.length} budget(s) missed:\n${missed.map((b) => `  ${describeBudget(b)}`).join("\n")}\n`);
  return check && missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
