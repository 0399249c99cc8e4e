/**
 * Parse + check of the shipped policy and of generated policies of 1,000 and 10,000 clauses,
 * against JSON.parse of the same checked policy serialised: the practical limit for loading rules.
 * Parse + check is `checkText` without running the examples (loading needs no example); what
 * running the shipped policy's examples adds is shown beside it.
 */
import { checkText } from "../src/check";
import { runExamples } from "../src/check/run-examples";
import { atMost, LIMITS } from "./budgets";
import { generatePolicy, readShippedPolicy } from "./generate-policy";
import { measure, progress } from "./measure";
import { num, ratio, type Section } from "./section";

const SIZES = [1_000, 10_000];

interface Row {
  policy: string;
  clauses: number;
  bytes: number;
  jsonBytes: number;
  checkMs: number;
  checkWallMs: number;
  jsonParseMs: number;
  examplesMs: number | null;
  mbPerS: number;
  ratio: number;
}

async function measurePolicy(name: string, text: string): Promise<Row> {
  progress(`parse + check: ${name}`);
  const first = checkText(text);
  if (!first.policy) throw new Error(`${name}: the policy has errors: ${first.problems.filter((p) => p.severity === "error").map((p) => p.code).join(", ")}`);
  const json = JSON.stringify(first.policy);
  const big = text.length > 1_000_000;
  const policy = first.policy;
  const contenders = [
    { name: "check", run: () => checkText(text, { examples: false }) },
    { name: "json", run: () => JSON.parse(json) },
  ];
  if (policy.examples.length > 0) contenders.push({ name: "examples", run: () => runExamples(policy) });
  const timings = await measure(contenders, { warmUp: big ? 1 : 2, runs: big ? 5 : 7 });
  const check = timings.get("check")!;
  const jsonParse = timings.get("json")!;
  const bytes = Buffer.byteLength(text);
  return {
    policy: name,
    clauses: first.policy.clauses.length,
    bytes,
    jsonBytes: Buffer.byteLength(json),
    checkMs: check.cpu,
    checkWallMs: check.wall,
    jsonParseMs: jsonParse.cpu,
    examplesMs: timings.get("examples")?.cpu ?? null,
    mbPerS: bytes / 1e6 / (check.cpu / 1000),
    ratio: check.cpu / jsonParse.cpu,
  };
}

export async function parserBenchmark(): Promise<Section> {
  const shipped = readShippedPolicy();
  const rows = [await measurePolicy("shipped", shipped)];
  for (const size of SIZES) rows.push(await measurePolicy(`generated ${num(size, 0)}`, generatePolicy(shipped, size)));
  const [small, large] = [rows[1]!, rows[2]!];
  // Time linear in size: the cost per byte of the largest generated policy against the smallest.
  const growth = large.checkMs / large.bytes / (small.checkMs / small.bytes);
  return {
    title: "Parse + check",
    columns: ["policy", "clauses", "KB", "parse + check ms", "MB/s", "JSON.parse ms", "÷ JSON.parse", "examples ms"],
    rows: rows.map((r) => [
      r.policy,
      num(r.clauses, 0),
      num(r.bytes / 1024, 0),
      num(r.checkMs),
      num(r.mbPerS, 2),
      num(r.jsonParseMs),
      ratio(r.ratio),
      r.examplesMs === null ? "" : num(r.examplesMs),
    ]),
    notes: [
      "parse + check: checkText without the examples (the parse tree, every check pass, the zod schema); examples: running the shipped policy's examples, which `policy check` adds.",
      "JSON.parse: of the same checked policy, serialised with JSON.stringify.",
      `cost per byte, ${large.policy} ÷ ${small.policy}: ${ratio(growth)}`,
    ],
    budgets: [
      ...rows.map((r) => atMost(`parse + check ÷ JSON.parse, ${r.policy}`, r.ratio, LIMITS.parseVsJson)),
      atMost(`parse + check linear: cost per byte ${large.policy} ÷ ${small.policy}`, growth, LIMITS.flat),
    ],
    data: { rows, growth },
  };
}
