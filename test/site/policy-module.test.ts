import { describe, expect, it } from "vitest";
import type { Example, Policy } from "../../src/check/schema";
import { NO_SPAN } from "../../src/diagnostics/span";
import { buildDay, checkPolicySources, readPolicyDir, sitePolicy } from "../../src/site/load";
import { CALCULATOR_DATA_ID, CALCULATOR_TEXTS_MODULE, CALCULATOR_MODULE, POLICY_MODULE, checkedPolicyModule } from "../../src/site/policy-module";

const site = sitePolicy(checkPolicySources(readPolicyDir()), buildDay());

const plugin = checkedPolicyModule(site) as unknown as { load(id: string, options?: { ssr?: boolean }): string };

/** A module of the plugin, evaluated as the browser would (or as the island's server render, `ssr`). */
async function load<T>(id: string, ssr = false): Promise<T> {
  return (await import(`data:text/javascript,${encodeURIComponent(plugin.load(`\0${id}`, { ssr }))}`)) as T;
}

/** The calculator's module in the browser, on the calculator page: it reads the page's JSON. */
async function loadOnPage<T>(): Promise<T> {
  const { calculatorJson } = await load<{ calculatorJson: string }>(POLICY_MODULE, true);
  const page = { getElementById: (id: string) => (id === CALCULATOR_DATA_ID ? { textContent: calculatorJson } : null) };
  const saved = Object.getOwnPropertyDescriptor(globalThis, "document");
  Object.defineProperty(globalThis, "document", { value: page, configurable: true });
  try {
    return await load<T>(CALCULATOR_MODULE);
  } finally {
    if (saved) Object.defineProperty(globalThis, "document", saved);
    else delete (globalThis as { document?: unknown }).document;
  }
}

/** The published policy as the calculator's copy should hold it: spans NO_SPAN, prose and examples empty. */
function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (typeof value !== "object" || value === null) return value;
  const emptied = new Set(["document", "original", "notes", "headings", "examples"]);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "span" ? NO_SPAN : emptied.has(k) ? [] : withoutProse(v)]));
}

describe("the calculator's policy modules", () => {
  it("give every version without prose, source positions or examples, and nothing else changed", async () => {
    const { versions, policy } = await loadOnPage<{ versions: Policy[]; policy: Policy }>();
    expect(versions).toEqual(site.versions.map((v) => withoutProse(v.policy)));
    expect(policy).toBe(versions[site.current]);
  });

  it("give the island's server render the same data as the page gives the browser", async () => {
    expect(await load(CALCULATOR_MODULE, true)).toEqual(await loadOnPage());
  });

  it("put no “<” in the page's JSON, which could end its script element", async () => {
    const { calculatorJson } = await load<{ calculatorJson: string }>(POLICY_MODULE, true);
    expect(calculatorJson).not.toContain("<");
    expect(calculatorJson.length).toBeGreaterThan(0);
  });

  it("name the current version's examples, and load them whole with its clauses' original text", async () => {
    const { exampleTitles } = await loadOnPage<{ exampleTitles: { id: string; title: string }[] }>();
    const { examples, originals } = await load<{ examples: Example[]; originals: { [id: string]: string[] } }>(CALCULATOR_TEXTS_MODULE);
    const published = site.versions[site.current]!.policy;
    expect(exampleTitles).toEqual(published.examples.map(({ id, title }) => ({ id, title })));
    expect(examples).toEqual(published.examples.map((e) => ({ ...e, span: NO_SPAN, notes: [], events: e.events.map((x) => ({ ...x, span: NO_SPAN })), expect: e.expect.map((x) => ({ ...x, span: NO_SPAN })) })));
    expect(originals).toEqual(Object.fromEntries(published.clauses.map((c) => [c.id, c.original])));
  });
});
