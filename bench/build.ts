/**
 * `astro build` + Pagefind for the shipped policy and for a generated 2,000-clause policy: seconds
 * in total and per page. The sites are kept in the system's temporary folder; the page-weight
 * benchmark reads the shipped one.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { atMost, LIMITS } from "./budgets";
import { generatePolicy, readShippedPolicy } from "./generate-policy";
import { median, progress } from "./measure";
import { num, type Section } from "./section";

export const WORK = join(tmpdir(), "wenyou-bench");
export const SHIPPED_SITE = join(WORK, "site-shipped");
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GENERATED_CLAUSES = 2_000;
/** Builds take a minute or two: each policy is built this many times, in turn. */
const RUNS = 2;

/** CPU seconds of the children this process has waited for (Linux: /proc/self/stat, in 1/100 s). */
function childrenCpu(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of stat(5) (cutime, cstime); the slice starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, { flags: "a" });
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on("error", reject);
    child.on("close", (code) => {
      out.end();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}); see ${log}`));
    });
  });
}

interface Build {
  wall: number;
  cpu: number;
  astro: number;
  pagefind: number;
}

async function buildSite(policyDir: string, outDir: string, log: string): Promise<Build> {
  rmSync(outDir, { recursive: true, force: true });
  const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);
  const cpuStart = childrenCpu();
  const start = performance.now();
  await run(bin("astro"), ["build", "--outDir", outDir], { POLICY_DIR: policyDir }, log);
  const astroDone = performance.now();
  await run(bin("pagefind"), ["--site", outDir], {}, log);
  const end = performance.now();
  return { wall: (end - start) / 1000, cpu: childrenCpu() - cpuStart, astro: (astroDone - start) / 1000, pagefind: (end - astroDone) / 1000 };
}

/** The shipped site for the page-weight benchmark, when the build benchmark has not made it. */
export async function buildShippedSite(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  progress(`building the shipped site into ${SHIPPED_SITE}`);
  await buildSite(join(ROOT, "policy"), SHIPPED_SITE, join(WORK, "build.log"));
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
}

interface Row {
  policy: string;
  pages: number;
  wall: number;
  cpu: number;
  astro: number;
  pagefind: number;
  builds: Build[];
}

export async function buildBenchmark(): Promise<Section> {
  mkdirSync(WORK, { recursive: true });
  const generatedDir = join(WORK, `policy-${GENERATED_CLAUSES}`);
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(join(generatedDir, "generated.policy"), generatePolicy(readShippedPolicy(), GENERATED_CLAUSES));
  const targets = [
    { policy: "shipped", dir: join(ROOT, "policy"), out: SHIPPED_SITE },
    { policy: `generated ${num(GENERATED_CLAUSES, 0)}`, dir: generatedDir, out: join(WORK, `site-${GENERATED_CLAUSES}`) },
  ];
  const log = join(WORK, "build.log");
  writeFileSync(log, "");
  const builds = new Map<string, Build[]>(targets.map((t) => [t.policy, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const target of targets) {
      progress(`build ${i + 1}/${RUNS}: ${target.policy} policy (astro build + pagefind; log in ${log})`);
      builds.get(target.policy)!.push(await buildSite(target.dir, target.out, log));
    }
  }
  const rows: Row[] = targets.map((t) => {
    const b = builds.get(t.policy)!;
    const med = (key: keyof Build) => median(b.map((x) => x[key]));
    return { policy: t.policy, pages: countPages(t.out), wall: med("wall"), cpu: med("cpu"), astro: med("astro"), pagefind: med("pagefind"), builds: b };
  });
  const [small, large] = [rows[0]!, rows[1]!];
  const perPage = (r: Row) => r.cpu / r.pages;
  // With two sizes, the cost splits into a fixed part and a part per page.
  const marginal = (large.cpu - small.cpu) / (large.pages - small.pages);
  const fixed = small.cpu - marginal * small.pages;
  return {
    title: "Build",
    columns: ["policy", "pages", "wall s", "astro s", "pagefind s", "CPU s", "CPU ms/page"],
    rows: rows.map((r) => [r.policy, num(r.pages, 0), num(r.wall, 1), num(r.astro, 1), num(r.pagefind, 1), num(r.cpu, 1), num(perPage(r) * 1000, 0)]),
    notes: [
      `astro build + pagefind, median of ${RUNS} builds each, in turn; CPU is that of the build processes.`,
      `From the two sizes: about ${num(fixed, 1)} CPU s fixed and ${num(marginal * 1000, 0)} CPU ms per further page.`,
    ],
    budgets: [atMost(`build per page flat: CPU per page ${large.policy} ÷ ${small.policy}`, perPage(large) / perPage(small), LIMITS.flat)],
    data: { rows, fixed, marginal },
  };
}
