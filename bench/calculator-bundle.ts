/**
 * What the calculator's JavaScript is made of: the island bundled again the way the site's build
 * does it (Vite: Rollup's tree-shaking, the site's minifier from src/site/minify.mjs, the same
 * `virtual:calculator-policy` plugin, for the published policy's versions), its entry chunk (what a
 * first visit loads; the parts loaded later are chunks of their own) split by source file through the
 * source map, grouped (preact, the engine, the calculator's own code…), each group's bytes raw and
 * gzipped alone. The site's own chunks are measured in the browser; this says which modules
 * dominate them. The calculator's policy is JSON in its page's HTML, measured apart.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rollup } from "vite";
import { buildDay, checkPolicySources, readPolicyDir, sitePolicy, type SitePolicy } from "../src/site/load";
import { CALCULATOR_TEXTS_MODULE, CALCULATOR_MODULE, POLICY_MODULE, checkedPolicyModule } from "../src/site/policy-module";
import { WORK } from "./build";
import { MINIFY } from "../src/site/minify.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "virtual:calculator-entry";

const GROUPS: [string, RegExp][] = [
  ["policy module (reads the page's JSON)", /checked-policy/],
  ["zod", /node_modules\/zod\//],
  ["preact", /node_modules\/(preact|@preact)\//],
  ["engine", /src\/engine\//],
  ["check (schema)", /src\/check\//],
  ["calculator", /src\/components\/calculator\//],
];

export interface BundleGroup {
  name: string;
  raw: number;
  gzip: number;
}

/** The island as Astro hydrates it: render the component into the page. */
const entry: Plugin = {
  name: "calculator-entry",
  resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
  load: (id) =>
    id === `\0${ENTRY}`
      ? `import { h, render } from "preact"; import Calculator from "/src/components/calculator/Calculator.tsx"; render(h(Calculator, {}), document.body);`
      : undefined,
};

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source-map v3 segments of one generated line: [column, source index] (other fields skipped). */
function* segments(mappings: string): Generator<{ line: number; column: number; source: number }> {
  let source = 0;
  let line = 0;
  for (const lineText of mappings.split(";")) {
    let column = 0;
    for (const segment of lineText.split(",")) {
      if (segment === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1]!;
      yield { line, column, source: fields.length > 1 ? source : -1 };
    }
    line++;
  }
}

/** The published policy's versions, as the site's build reads them. */
const publishedSite = (): SitePolicy => sitePolicy(checkPolicySources(readPolicyDir()), buildDay());

const hook = (h: unknown) => h as (this: unknown, ...args: unknown[]) => unknown;

/** A module of the site's plugin, as the browser's build (or the server render, `ssr`) gets it. */
async function pluginModule(site: SitePolicy, module: string, ssr = false): Promise<string> {
  const plugin = checkedPolicyModule(site) as Plugin;
  const id = await hook(plugin.resolveId).call({}, module, undefined, {});
  return (await hook(plugin.load).call({}, id, { ssr })) as string;
}

/**
 * The modules `virtual:calculator-policy` and `virtual:calculator-texts` as the site's plugin
 * makes them for the browser, each written to a file: Rollup leaves a virtual module out of the
 * bundle's source map, and its bytes would count for another.
 */
async function policyModuleFiles(site: SitePolicy): Promise<{ [module: string]: string }> {
  mkdirSync(WORK, { recursive: true });
  const files: { [module: string]: string } = {};
  for (const [module, name] of [[CALCULATOR_MODULE, "checked-policy.js"], [CALCULATOR_TEXTS_MODULE, "checked-policy-texts.js"]] as const) {
    files[module] = join(WORK, name);
    writeFileSync(files[module], await pluginModule(site, module));
  }
  return files;
}

/** The calculator's policy (every version), as JSON in its page's HTML: bytes raw and gzipped alone. */
export async function calculatorPolicyJson(): Promise<{ raw: number; gzip: number }> {
  const code = await pluginModule(publishedSite(), POLICY_MODULE, true);
  const json = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { calculatorJson: string };
  return { raw: Buffer.byteLength(json.calculatorJson), gzip: gzipSync(json.calculatorJson).length };
}

export async function calculatorBundle(): Promise<{ raw: number; gzip: number; groups: BundleGroup[] }> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: "silent",
    plugins: [entry],
    resolve: { alias: await policyModuleFiles(publishedSite()) },
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    // Minified as the site's build does it; Astro builds the browser's scripts for esnext.
    build: { ...MINIFY, write: false, sourcemap: true, target: "esnext", rollupOptions: { input: ENTRY } },
  })) as Rollup.RollupOutput;
  const chunk = output.output.find((o): o is Rollup.OutputChunk => o.type === "chunk" && o.isEntry)!;
  const js = chunk.code;
  const map = chunk.map!;
  const lines = js.split("\n");
  const texts = new Map<string, string[]>();
  const add = (name: string, text: string) => texts.set(name, [...(texts.get(name) ?? []), text]);
  const groupOf = (source: number) => GROUPS.find(([, pattern]) => pattern.test(map.sources[source] ?? ""))?.[0] ?? "other";
  const all = [...segments(map.mappings)];
  all.forEach((s, i) => {
    const next = all[i + 1];
    const end = next && next.line === s.line ? next.column : undefined;
    add(s.source < 0 ? "other" : groupOf(s.source), (lines[s.line] ?? "").slice(s.column, end));
  });
  const groups = [...texts].map(([name, parts]) => {
    const text = parts.join("");
    return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
  });
  groups.sort((a, b) => b.raw - a.raw);
  return { raw: Buffer.byteLength(js), gzip: gzipSync(js).length, groups };
}
