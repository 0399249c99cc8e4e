/**
 * `astro build` + the search index (Pagefind) for the shipped policy and for generated policies of 1,000 and 2,000
 * clauses: seconds in total and per page. A build has a large fixed cost (Vite, the client bundle,
 * the prose pages), so "per-page cost flat" is judged on the cost of each further page: from 1,000
 * to 2,000 clauses against from the shipped policy to 1,000. The sites are kept in the system's
 * temporary folder; the page-weight benchmark reads the shipped one.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { atMost, LIMITS } from "./budgets";
import { generatePolicy, readShippedPolicy } from "./generate-policy";
import { median, progress } from "./measure";
import { num, type Section } from "./section";

/** This run's own folder: two runs at once (e.g. from two checkouts) must not delete each other's sites. */
export const WORK = mkdtempSync(join(tmpdir(), "wenyou-bench-"));
export const SHIPPED_SITE = join(WORK, "site-shipped");
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GENERATED_CLAUSES = [1_000, 2_000];
/** Builds take half a minute each: each policy is built this many times, in turn. */
const RUNS = 3;

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
  // The site's search index, as `npm run build` makes it (two Pagefind bundles: src/site/search-index.ts).
  await run(process.execPath, [join(ROOT, "scripts", "search-index.mjs"), outDir], {}, log);
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
  const targets = [{ policy: "shipped", dir: join(ROOT, "policy"), out: SHIPPED_SITE }];
  for (const clauses of GENERATED_CLAUSES) {
    const dir = join(WORK, `policy-${clauses}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "generated.policy"), generatePolicy(readShippedPolicy(), clauses));
    targets.push({ policy: `generated ${num(clauses, 0)}`, dir, out: join(WORK, `site-${clauses}`) });
  }
  const log = join(WORK, "build.log");
  writeFileSync(log, "");
  const builds = new Map<string, Build[]>(targets.map((t) => [t.policy, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const target of targets) {
      progress(`build ${i + 1}/${RUNS}: ${target.policy} policy (astro build + search index; log in ${log})`);
      builds.get(target.policy)!.push(await buildSite(target.dir, target.out, log));
    }
  }
  const rows: Row[] = targets.map((t) => {
    const b = builds.get(t.policy)!;
    const med = (key: keyof Build) => median(b.map((x) => x[key]));
    return { policy: t.policy, pages: countPages(t.out), wall: med("wall"), cpu: med("cpu"), astro: med("astro"), pagefind: med("pagefind"), builds: b };
  });
  const [shipped, middle, large] = [rows[0]!, rows[1]!, rows[2]!];
  /** CPU ms of each page added from one site to the next. */
  const further = (from: Row, to: Row) => ((to.cpu - from.cpu) * 1000) / (to.pages - from.pages);
  const [first, second] = [further(shipped, middle), further(middle, large)];
  const fixed = shipped.cpu - (first / 1000) * shipped.pages;
  return {
    title: "Build",
    columns: ["policy", "pages", "wall s", "astro s", "pagefind s", "CPU s", "CPU ms/page", "CPU ms per further page"],
    rows: rows.map((r, i) => [
      r.policy,
      num(r.pages, 0),
      num(r.wall, 1),
      num(r.astro, 1),
      num(r.pagefind, 1),
      num(r.cpu, 1),
      num((r.cpu * 1000) / r.pages, 0),
      i === 0 ? "" : num(further(rows[i - 1]!, r), 1),
    ]),
    notes: [
      `astro build + the search index (scripts/search-index.mjs: Pagefind), median of ${RUNS} builds each, in turn; CPU is that of the build processes.`,
      `CPU ms per further page: the extra CPU time over the site above, per extra page; about ${num(fixed, 1)} CPU s of each build is fixed.`,
    ],
    budgets: [atMost(`build per page flat: CPU per further page, ${large.policy} ÷ ${middle.policy}`, second / first, LIMITS.flat)],
    data: { rows, perFurtherPage: [first, second], fixed },
  };
}
