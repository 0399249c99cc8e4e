/**
 * Fixture records with their reviewed results: `NAME.record.json` beside `NAME.result.json` (a valid
 * record) or `NAME.problems.json` (a bad one). A missing expectation is written from the engine's
 * output, as is every one with UPDATE=1; review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Result, simulate, validateRecord } from "../../src/engine/index";
import { loadTestPolicy } from "./policy-fixture";

const DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
const SUFFIX = ".record.json";
const UPDATE = process.env.UPDATE === "1";

const names = readdirSync(DIR)
  .filter((file) => file.endsWith(SUFFIX))
  .map((file) => file.slice(0, -SUFFIX.length))
  .sort();

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(DIR + file, "utf8"));
}

/** Compare with the reviewed file, or write it when missing (or with UPDATE=1). */
function matchGolden(file: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (UPDATE || !existsSync(DIR + file)) writeFileSync(DIR + file, text);
  expect(JSON.parse(text)).toEqual(readJson(file));
}

describe("fixture records", () => {
  const policy = loadTestPolicy();
  for (const name of names) {
    const sentence = name.replace(/^(r\d+|bad)-/, "").replaceAll("-", " ");
    const valid = !name.startsWith("bad-");
    it(`${valid ? "simulates" : "rejects"} “${sentence}” as reviewed (${name})`, () => {
      const validation = validateRecord(policy, readJson(name + SUFFIX));
      if (!valid) {
        expect(validation.ok).toBe(false);
        matchGolden(`${name}.problems.json`, validation.ok ? [] : validation.problems);
        return;
      }
      if (!validation.ok) throw new Error(validation.problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("\n"));
      const result = simulate(policy, validation.record);
      expect(Result.safeParse(result).success).toBe(true);
      matchGolden(`${name}.result.json`, result);
    });
  }
});
