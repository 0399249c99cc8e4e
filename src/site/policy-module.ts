/**
 * The published policy as modules, checked once per build:
 * - `virtual:checked-policy` for the pages (build time): the current version as the default export,
 *   every version with its file, and the current file's text (the source shown on clause pages);
 * - `virtual:calculator-policy` for the calculator island: every version without what the
 *   calculator never shows, and the current one, so that each event is judged by the version in
 *   force on its date. The data are JSON in the calculator page's HTML (`calculatorJson` of the
 *   pages' module, in the element CALCULATOR_DATA_ID), which the browser's module reads: as data rather than
 *   script they are only parsed as JSON, and the island's script stays the same when only the
 *   policy changes (the calculator's JS budget counts script). The island's server-side render
 *   gets the same JSON in the module itself.
 * - `virtual:calculator-texts`, the current version's examples and clause texts, loaded when first
 *   needed. The island never imports the parser or the checker.
 */
import type { ViteUserConfig } from "astro";
import { NO_SPAN } from "../diagnostics/span";
import type { SitePolicy } from "./load";

export const POLICY_MODULE = "virtual:checked-policy";
export const CALCULATOR_MODULE = "virtual:calculator-policy";
export const CALCULATOR_TEXTS_MODULE = "virtual:calculator-texts";
/** The id of the calculator page's `<script type="application/json">` that holds the calculator's policy. */
export const CALCULATOR_DATA_ID = "calculator-policy";

/** Vite's plugin type as Astro's own copy of Vite declares it. */
type VitePlugin = Extract<NonNullable<ViteUserConfig["plugins"]>[number], { name: string }>;

/** Fields of prose (the document, the original text, 解释, the headings around a clause): emptied in the calculator's copy. */
const PROSE = new Set(["document", "original", "notes", "headings"]);

/** JSON.parse of a string literal is faster to start than a large object literal. */
const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

const NO_SPAN_CONST = `const NO_SPAN = ${JSON.stringify(NO_SPAN)};`;

/** The calculator's copy: prose emptied; a span written as 0 and read back as NO_SPAN, so values keep their type. */
const slimJson = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (key === "span" ? 0 : PROSE.has(key) ? [] : v));
const slimLiteral = (json: string) => `JSON.parse(${json}, (key, value) => (key === "span" ? NO_SPAN : value))`;

/** The browser's expression for the calculator's data: the page's JSON element, which only calculator.astro has. */
const readCalculatorData = `(document.getElementById(${JSON.stringify(CALCULATOR_DATA_ID)}) ?? (() => {
  throw new Error("no #${CALCULATOR_DATA_ID} in this page");
})()).textContent`;

/** JSON safe inside a `<script>` element of HTML: no `<` that could close it or open a comment. */
const inHtml = (json: string) => json.replace(/</g, "\\u003c");

/** The calculator's data as the page embeds it: every version (without examples) and the current version's example titles. */
function calculatorData(site: SitePolicy): string {
  const { examples } = site.versions[site.current]!.policy;
  return slimJson({
    versions: site.versions.map(({ policy }) => ({ ...policy, examples: [] })),
    exampleTitles: examples.map(({ id, title }) => ({ id, title })),
  });
}

function modules(site: SitePolicy): Map<string, string | { ssr: string; client: string }> {
  const current = site.versions[site.current]!;
  const data = calculatorData(site);
  const pages = [
    `export const versions = ${literal(site.versions.map(({ file, policy }) => ({ file, policy })))};`,
    `export const current = ${site.current};`,
    `export default versions[current].policy;`,
    `export const source = ${literal({ file: current.file, text: current.text })};`,
    `export const calculatorJson = ${JSON.stringify(inHtml(data))};`,
  ];
  // The calculator shows no prose and no source positions. It offers the current version's examples
  // by title; they and its clauses' original text (searched, and printed on a notice) are loaded
  // when first needed.
  const calculator = (json: string) =>
    [
      NO_SPAN_CONST,
      `const data = ${slimLiteral(json)};`,
      `export const versions = data.versions;`,
      `export const policy = versions[${site.current}];`,
      `export const exampleTitles = data.exampleTitles;`,
    ].join("\n");
  const { examples, clauses } = current.policy;
  const calculatorTexts = [
    NO_SPAN_CONST,
    `export const examples = ${slimLiteral(JSON.stringify(slimJson(examples)))};`,
    `export const originals = ${literal(Object.fromEntries(clauses.map((c) => [c.id, c.original])))};`,
  ];
  return new Map<string, string | { ssr: string; client: string }>([
    [POLICY_MODULE, pages.join("\n")],
    [CALCULATOR_MODULE, { ssr: calculator(JSON.stringify(data)), client: calculator(readCalculatorData) }],
    [CALCULATOR_TEXTS_MODULE, calculatorTexts.join("\n")],
  ]);
}

export function checkedPolicyModule(site: SitePolicy): VitePlugin {
  const code = modules(site);
  return {
    name: "checked-policy-module",
    resolveId(id) {
      return code.has(id) ? "\0" + id : undefined;
    },
    load(id, options) {
      if (!id.startsWith("\0")) return undefined;
      const module = code.get(id.slice(1));
      return typeof module === "object" ? (options?.ssr ? module.ssr : module.client) : module;
    },
  };
}
