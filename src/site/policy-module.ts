/**
 * The published policy as modules, checked once per build:
 * - `virtual:checked-policy` for the pages (build time): the current version as the default export,
 *   every version with its file, and the current file's text (the source shown on clause pages);
 * - `virtual:calculator-policy` for the calculator island (shipped to the browser): every version
 *   without what the calculator never shows, and the current one, so that each event is judged by
 *   the version in force on its date. The island never imports the parser or the checker.
 */
import type { ViteUserConfig } from "astro";
import { NO_SPAN } from "../diagnostics/span";
import type { SitePolicy } from "./load";

export const POLICY_MODULE = "virtual:checked-policy";
export const CALCULATOR_MODULE = "virtual:calculator-policy";

/** Vite's plugin type as Astro's own copy of Vite declares it. */
type VitePlugin = Extract<NonNullable<ViteUserConfig["plugins"]>[number], { name: string }>;

/** Fields of prose (the document, 解释, the headings around a clause): emptied in the calculator's copy. */
const PROSE = new Set(["document", "notes", "headings"]);

/** JSON.parse of a string literal is faster to start than a large object literal. */
const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

function modules(site: SitePolicy): Map<string, string> {
  const current = site.versions[site.current]!;
  const pages = [
    `export const versions = ${literal(site.versions.map(({ file, policy }) => ({ file, policy })))};`,
    `export const current = ${site.current};`,
    `export default versions[current].policy;`,
    `export const source = ${literal({ file: current.file, text: current.text })};`,
  ];
  // The calculator shows no prose and no source positions, and offers only the current version's
  // examples. A span is written as 0 and read back as NO_SPAN, so every value is still a Policy.
  const slim = site.versions.map(({ policy }, i) => ({ ...policy, examples: i === site.current ? policy.examples : [] }));
  const json = JSON.stringify(slim, (key, value: unknown) => (key === "span" ? 0 : PROSE.has(key) ? [] : value));
  const calculator = [
    `const NO_SPAN = ${JSON.stringify(NO_SPAN)};`,
    `export const versions = JSON.parse(${JSON.stringify(json)}, (key, value) => (key === "span" ? NO_SPAN : value));`,
    `export const policy = versions[${site.current}];`,
  ];
  return new Map([
    [POLICY_MODULE, pages.join("\n")],
    [CALCULATOR_MODULE, calculator.join("\n")],
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
