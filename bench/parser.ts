/**
 * Parse + check of the shipped policy and of generated policies of 1,000 and 10,000 clauses,
 * against JSON.parse of the same checked policy serialised: the practical limit for loading rules.
 * Parse + check is `checkText` without running the examples (loading needs no example); what
 * running the shipped policy's examples adds is shown beside it.
 */
import { checkedPolicy, checkText, logicPasses, passes } from "../src/check";
import type { Policy } from "../src/check/schema";
import { fromTree } from "../src/check/from-tree";
import { checkContext } from "../src/check/passes/context";
import { runExamples } from "../src/check/run-examples";
import { parse } from "../src/syntax/parse";
import { atMost, LIMITS } from "./budgets";
import { generatePolicy, readShippedPolicy } from "./generate-policy";
import { measure, pairedRatio, progress, type Timing } from "./measure";
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

interface Subject {
  name: string;
  text: string;
  policy: Policy;
  json: string;
}

function prepare(name: string, text: string): Subject {
  const first = checkText(text);
  if (!first.policy) throw new Error(`${name}: the policy has errors: ${first.problems.filter((p) => p.severity === "error").map((p) => p.code).join(", ")}`);
  return { name, text, policy: first.policy, json: JSON.stringify(first.policy) };
}

/**
 * Every policy's check and JSON.parse in one measurement, taking turns round by round, so that
 * each ratio (to JSON.parse, and the largest policy's cost per byte to the smallest's) compares
 * runs made within a second of each other. Warm-up waits for the optimising compiler to finish
 * (`settle`): the generated parser reaches its optimised code only after some seconds of parsing.
 */
async function measurePolicies(subjects: readonly Subject[]): Promise<{ rows: Row[]; timings: Map<string, Timing> }> {
  progress(`parse + check: ${subjects.map((s) => s.name).join(", ")}`);
  const contenders = subjects.flatMap(({ name, text, json }) => [
    { name: `check ${name}`, run: () => checkText(text, { examples: false }) },
    { name: `json ${name}`, run: () => JSON.parse(json) },
  ]);
  const withExamples = subjects.filter((s) => s.policy.examples.length > 0);
  for (const { name, policy } of withExamples) contenders.push({ name: `examples ${name}`, run: () => runExamples(policy) });
  const timings = await measure(contenders, { runs: 9, minWarmUpMs: 6000, settle: true });
  const rows = subjects.map(({ name, text, policy, json }) => {
    const check = timings.get(`check ${name}`)!;
    const jsonParse = timings.get(`json ${name}`)!;
    const bytes = Buffer.byteLength(text);
    return {
      policy: name,
      clauses: policy.clauses.length,
      bytes,
      jsonBytes: Buffer.byteLength(json),
      checkMs: check.cpu,
      checkWallMs: check.wall,
      jsonParseMs: jsonParse.cpu,
      examplesMs: timings.get(`examples ${name}`)?.cpu ?? null,
      mbPerS: bytes / 1e6 / (check.cpu / 1000),
      ratio: pairedRatio(check, jsonParse),
    };
  });
  return { rows, timings };
}

/** Where parse + check's time goes: each stage of checkText timed on its own, in turn. */
async function stages(name: string, text: string): Promise<{ stage: string; ms: number }[]> {
  progress(`parse + check stages: ${name}`);
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(`${name}: syntax error`);
  const draft = fromTree(parsed.tree);
  const timings = await measure([
    { name: "parse", run: () => parse(text) },
    { name: "fromTree", run: () => fromTree(parsed.tree) },
    {
      name: "check passes",
      run: () => {
        // The context holds the tree's nodes, found by the one walk the passes share: timed with them.
        const ctx = checkContext(parsed.tree, draft.policy);
        return [...passes, ...logicPasses].map((pass) => pass(ctx));
      },
    },
    { name: "zod schema", run: () => checkedPolicy().parse(draft.policy) },
  ]);
  return [...timings].map(([stage, t]) => ({ stage, ms: t.cpu }));
}

export async function parserBenchmark(): Promise<Section> {
  const shipped = readShippedPolicy();
  const subjects = [prepare("shipped", shipped), ...SIZES.map((size) => prepare(`generated ${num(size, 0)}`, generatePolicy(shipped, size)))];
  const { rows, timings } = await measurePolicies(subjects);
  const [small, large] = [rows[1]!, rows[2]!];
  const breakdown = await stages(small.policy, subjects[1]!.text);
  // Time linear in size: the cost per byte of the largest generated policy against the smallest.
  const growth = pairedRatio(timings.get(`check ${large.policy}`)!, timings.get(`check ${small.policy}`)!, small.bytes / large.bytes);
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
      "JSON.parse: of the same checked policy, serialised with JSON.stringify. ÷ JSON.parse (and the cost per byte below): the median of the ratios of runs made in the same round, not the ratio of the columns' medians.",
      `cost per byte, ${large.policy} ÷ ${small.policy}: ${ratio(growth)}`,
      `Stages of parse + check, ${small.policy}, each alone, in ms and × JSON.parse: ${breakdown.map((b) => `${b.stage} ${num(b.ms)} (${ratio(b.ms / small.jsonParseMs)})`).join(", ")}.`,
    ],
    budgets: [
      ...rows.map((r) => atMost(`parse + check ÷ JSON.parse, ${r.policy}`, r.ratio, LIMITS.parseVsJson)),
      atMost(`parse + check linear: cost per byte ${large.policy} ÷ ${small.policy}`, growth, LIMITS.flat),
    ],
    data: { rows, growth, stages: breakdown },
  };
}
