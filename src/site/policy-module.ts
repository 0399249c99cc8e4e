/**
 * The published policy as modules, checked once per build:
 * - `virtual:checked-policy` for the pages (build time): the current version as the default export,
 *   every version with its file, and the current file's text (the source shown on clause pages);
 * - `virtual:calculator-policy` for the calculator island (shipped to the browser): every version
 *   without what the calculator never shows, and the current one, so that each event is judged by
 *   the version in force on its date; `virtual:calculator-texts`, the current version's examples and
 *   clause texts, loaded when first needed. The island never imports the parser or the checker.
 */
import type { ViteUserConfig } from "astro";
import { NO_SPAN } from "../diagnostics/span";
import type { SitePolicy } from "./load";

export const POLICY_MODULE = "virtual:checked-policy";
export const CALCULATOR_MODULE = "virtual:calculator-policy";
export const CALCULATOR_TEXTS_MODULE = "virtual:calculator-texts";

/** Vite's plugin type as Astro's own copy of Vite declares it. */
type VitePlugin = Extract<NonNullable<ViteUserConfig["plugins"]>[number], { name: string }>;

/** Fields of prose (the document, the original text, 解释, the headings around a clause): emptied in the calculator's copy. */
const PROSE = new Set(["document", "original", "notes", "headings"]);

/** JSON.parse of a string literal is faster to start than a large object literal. */
const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

const NO_SPAN_CONST = `const NO_SPAN = ${JSON.stringify(NO_SPAN)};`;

/** The calculator's copy: prose emptied; a span written as 0 and read back as NO_SPAN, so values keep their type. */
function slimLiteral(value: unknown): string {
  const json = JSON.stringify(value, (key, v: unknown) => (key === "span" ? 0 : PROSE.has(key) ? [] : v));
  return `JSON.parse(${JSON.stringify(json)}, (key, value) => (key === "span" ? NO_SPAN : value))`;
}

function modules(site: SitePolicy): Map<string, string> {
  const current = site.versions[site.current]!;
  const pages = [
    `export const versions = ${literal(site.versions.map(({ file, policy }) => ({ file, policy })))};`,
    `export const current = ${site.current};`,
    `export default versions[current].policy;`,
    `export const source = ${literal({ file: current.file, text: current.text })};`,
  ];
  // The calculator shows no prose and no source positions. It offers the current version's examples
  // by title; they and its clauses' original text (searched, and printed on a notice) are loaded
  // when first needed.
  const { examples, clauses } = current.policy;
  const calculator = [
    NO_SPAN_CONST,
    `export const versions = ${slimLiteral(site.versions.map(({ policy }) => ({ ...policy, examples: [] })))};`,
    `export const policy = versions[${site.current}];`,
    `export const exampleTitles = ${JSON.stringify(examples.map(({ id, title }) => ({ id, title })))};`,
  ];
  const calculatorTexts = [
    NO_SPAN_CONST,
    `export const examples = ${slimLiteral(examples)};`,
    `export const originals = ${literal(Object.fromEntries(clauses.map((c) => [c.id, c.original])))};`,
  ];
  return new Map([
    [POLICY_MODULE, pages.join("\n")],
    [CALCULATOR_MODULE, calculator.join("\n")],
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
    load(id) {
      return id.startsWith("\0") ? code.get(id.slice(1)) : undefined;
    },
  };
}
