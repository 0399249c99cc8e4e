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
import { measure, pairedRatio, progress } from "./measure";
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
 * A policy's check and JSON.parse, taking turns round by round, so that the ratio compares runs
 * made within a second of each other. Each policy is measured on its own: measured together, the
 * garbage of the largest policy's runs was collected during the smallest one's (the shipped
 * policy's check measured 2.6× slower). Warm-up waits for the optimising compiler to finish
 * (`settle`): the generated parser reaches its optimised code only after some seconds of parsing.
 */
async function measurePolicy({ name, text, policy, json }: Subject): Promise<Row> {
  progress(`parse + check: ${name}`);
  const contenders = [
    { name: "check", run: () => checkText(text, { examples: false }) },
    { name: "json", run: () => JSON.parse(json) },
  ];
  if (policy.examples.length > 0) contenders.push({ name: "examples", run: () => runExamples(policy) });
  const big = text.length > 1_000_000;
  // Runs of at least 200 ms: a ratio of single runs is only as steady as each run is long (a run of
  // one or two 50 ms checks turned on whether a collection of the old generation fell in it).
  // The largest policy's run is a single check, which a collection of the old generation falls in or
  // not: more of them, for a median that stays put from one benchmark run to the next.
  const timings = await measure(contenders, { runs: big ? 11 : 9, minRunMs: 200, minWarmUpMs: big ? 2000 : 6000, settle: true });
  const check = timings.get("check")!;
  const jsonParse = timings.get("json")!;
  const bytes = Buffer.byteLength(text);
  return {
    policy: name,
    clauses: policy.clauses.length,
    bytes,
    jsonBytes: Buffer.byteLength(json),
    checkMs: check.cpu,
    checkWallMs: check.wall,
    jsonParseMs: jsonParse.cpu,
    examplesMs: timings.get("examples")?.cpu ?? null,
    mbPerS: bytes / 1e6 / (check.cpu / 1000),
    ratio: pairedRatio(check, jsonParse),
  };
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
    // As long and as settled as parse + check's own runs: unsettled, parse alone measured more than the whole.
  ], { minRunMs: 200, settle: true });
  return [...timings].map(([stage, t]) => ({ stage, ms: t.cpu }));
}

export async function parserBenchmark(): Promise<Section> {
  const shipped = readShippedPolicy();
  // Each policy is made and checked just before it is measured, and dropped after: kept from the
  // start, the generated policies (their text, checked policy and JSON) made every collection of the
  // old generation longer, and the shipped policy's check measured 1.4× its time alone.
  const subjects = [() => prepare("shipped", shipped), ...SIZES.map((size) => () => prepare(`generated ${num(size, 0)}`, generatePolicy(shipped, size)))];
  const rows: Row[] = [];
  let breakdown: { stage: string; ms: number }[] = [];
  for (const [i, make] of subjects.entries()) {
    const subject = make();
    rows.push(await measurePolicy(subject));
    // The stages of the smallest generated policy, before the largest one's garbage is about (after
    // it, parse alone measured twice the whole of parse + check).
    if (i === 1) breakdown = await stages(subject.name, subject.text);
  }
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
      "JSON.parse: of the same checked policy, serialised with JSON.stringify. ÷ JSON.parse: the median of the ratios of runs made in the same round, not the ratio of the columns' medians.",
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
