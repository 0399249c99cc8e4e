import { describe, expect, it } from "vitest";
import type { Example, Policy } from "../../src/check/schema";
import { NO_SPAN } from "../../src/diagnostics/span";
import { buildDay, checkPolicySources, readPolicyDir, sitePolicy } from "../../src/site/load";
import { CALCULATOR_TEXTS_MODULE, CALCULATOR_MODULE, checkedPolicyModule } from "../../src/site/policy-module";

const site = sitePolicy(checkPolicySources(readPolicyDir()), buildDay());

/** A module of the plugin, evaluated as the browser would. */
async function load<T>(id: string): Promise<T> {
  const plugin = checkedPolicyModule(site) as unknown as { load(id: string): string };
  return (await import(`data:text/javascript,${encodeURIComponent(plugin.load(`\0${id}`))}`)) as T;
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
    const { versions, policy } = await load<{ versions: Policy[]; policy: Policy }>(CALCULATOR_MODULE);
    expect(versions).toEqual(site.versions.map((v) => withoutProse(v.policy)));
    expect(policy).toBe(versions[site.current]);
  });

  it("name the current version's examples, and load them whole with its clauses' original text", async () => {
    const { exampleTitles } = await load<{ exampleTitles: { id: string; title: string }[] }>(CALCULATOR_MODULE);
    const { examples, originals } = await load<{ examples: Example[]; originals: { [id: string]: string[] } }>(CALCULATOR_TEXTS_MODULE);
    const published = site.versions[site.current]!.policy;
    expect(exampleTitles).toEqual(published.examples.map(({ id, title }) => ({ id, title })));
    expect(examples).toEqual(published.examples.map((e) => ({ ...e, span: NO_SPAN, notes: [], events: e.events.map((x) => ({ ...x, span: NO_SPAN })), expect: e.expect.map((x) => ({ ...x, span: NO_SPAN })) })));
    expect(originals).toEqual(Object.fromEntries(published.clauses.map((c) => [c.id, c.original])));
  });
});
