/** The modules served by src/site/policy-module.ts. */
declare module "virtual:checked-policy" {
  type Policy = import("../check/schema").Policy;
  /** The version in force on the build day. */
  const policy: Policy;
  export default policy;
  /** Every version of the published 办法, oldest first, with its file. */
  export const versions: { file: string; policy: Policy }[];
  /** The index of the default export in `versions`. */
  export const current: number;
  /** The current version's file and text. */
  export const source: { file: string; text: string };
  /** The data of `virtual:calculator-policy` as JSON for the calculator page's `<script type="application/json">` (no `<` in it). */
  export const calculatorJson: string;
}

/** In the browser, read from the calculator page's JSON (`calculatorJson`); in the island's server render, built in. */
declare module "virtual:calculator-policy" {
  type Policy = import("../check/schema").Policy;
  /**
   * Every version, oldest first, without prose (document, original, notes and headings are empty),
   * without source positions (every span is NO_SPAN) and without examples.
   */
  export const versions: Policy[];
  /** The version in force on the build day. */
  export const policy: Policy;
  /** Its examples by id and title; `virtual:calculator-texts` has them whole. */
  export const exampleTitles: { id: string; title: string }[];
}

/** What the calculator shows only on demand, of the version in force on the build day. */
declare module "virtual:calculator-texts" {
  /** Its examples, without notes or source positions. */
  export const examples: import("../check/schema").Example[];
  /** Each clause's original text, by clause id. */
  export const originals: { [clauseId: string]: string[] };
}
