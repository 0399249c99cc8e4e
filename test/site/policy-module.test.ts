import { describe, expect, it } from "vitest";
import { Policy, type Example } from "../../src/check/schema";
import { NO_SPAN } from "../../src/diagnostics/span";
import { buildDay, checkPolicySources, readPolicyDir, sitePolicy } from "../../src/site/load";
import { CALCULATOR_EXAMPLES_MODULE, CALCULATOR_MODULE, checkedPolicyModule } from "../../src/site/policy-module";

const site = sitePolicy(checkPolicySources(readPolicyDir()), buildDay());

/** A module of the plugin, evaluated as the browser would. */
async function load<T>(id: string): Promise<T> {
  const plugin = checkedPolicyModule(site) as unknown as { load(id: string): string };
  return (await import(`data:text/javascript,${encodeURIComponent(plugin.load(`\0${id}`))}`)) as T;
}

/** Every value under `key` anywhere in `value`. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
}

describe("the calculator's policy modules", () => {
  it("give every version as a valid checked policy, without prose, source positions or examples", async () => {
    const { versions, policy } = await load<{ versions: Policy[]; policy: Policy }>(CALCULATOR_MODULE);
    expect(versions.map((v) => v.version)).toEqual(site.versions.map((v) => v.policy.version));
    expect(policy).toBe(versions[site.current]);
    for (const version of versions) {
      expect(Policy.safeParse(version).success).toBe(true);
      expect(new Set(valuesOf(version, "span").map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify(NO_SPAN)]));
      for (const key of ["document", "notes", "headings", "examples"]) expect(valuesOf(version, key).flat(), key).toEqual([]);
    }
    const { span: _, notes: __, headings: ___, ...clause } = site.versions[site.current]!.policy.clauses[0]!;
    expect(policy.clauses[0]).toMatchObject(clause);
  });

  it("name the current version's examples, and load them whole from their own module", async () => {
    const { exampleTitles } = await load<{ exampleTitles: { id: string; title: string }[] }>(CALCULATOR_MODULE);
    const { examples } = await load<{ examples: Example[] }>(CALCULATOR_EXAMPLES_MODULE);
    const published = site.versions[site.current]!.policy.examples;
    expect(exampleTitles).toEqual(published.map(({ id, title }) => ({ id, title })));
    expect(examples.map((e) => e.events.length)).toEqual(published.map((e) => e.events.length));
    for (const example of examples) expect([example.span, example.notes]).toEqual([NO_SPAN, []]);
  });
});
