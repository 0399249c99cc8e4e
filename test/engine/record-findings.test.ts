/**
 * A record's problems are found as data (a code, a JSON path, the message's arguments) and worded
 * apart, so that the calculator loads the words only for a bad record. The laws: the findings are
 * plain JSON, and worded they are exactly validateRecord's problems; checkRecord accepts exactly the
 * records validateRecord accepts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRecord } from "../../src/engine/record";
import { problemsFromFindings } from "../../src/engine/record-messages";
import { findingsOf } from "../../src/engine/record-structure";
import { validateRecord } from "../../src/engine/validate-record";
import { policy, recordJson } from "../fuzz/records";
import { loadTestPolicy } from "./policy-fixture";

const DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("a record's findings", () => {
  const testPolicy = loadTestPolicy();
  const bad = readdirSync(DIR).filter((file) => file.startsWith("bad-") && file.endsWith(".record.json"));

  it("of every bad fixture, sent through JSON, word to its reviewed problems", () => {
    for (const file of bad) {
      const json: unknown = JSON.parse(readFileSync(DIR + file, "utf8"));
      const reviewed: unknown = JSON.parse(readFileSync(DIR + file.replace(".record.json", ".problems.json"), "utf8"));
      const check = checkRecord(testPolicy, json);
      expect(check.ok, file).toBe(false);
      const findings = (!check.ok && check.findings) || findingsOf(testPolicy, json);
      expect(problemsFromFindings(testPolicy, throughJson(findings)), file).toEqual(reviewed);
    }
  });

  it("are those findingsOf finds for a well-formed record, and null for a malformed one", () => {
    const wellFormed = { year: 2024, person: { name: "张三" }, events: [{ date: "2024-13-01", clause: "处罚99" }] };
    const check = checkRecord(testPolicy, wellFormed);
    expect(check).toEqual({ ok: false, findings: findingsOf(testPolicy, wellFormed) });
    expect(check.ok ? [] : check.findings?.map((f) => f.code)).toEqual(["R0301", "R0201"]);
    expect(checkRecord(testPolicy, { ...wellFormed, year: "2024" })).toEqual({ ok: false, findings: null });
    expect(checkRecord(testPolicy, [])).toEqual({ ok: false, findings: null });
  });

  it("of any JSON value, sent through JSON, word to validateRecord's problems, and checkRecord agrees on what is good", () => {
    fc.assert(
      fc.property(recordJson, (json) => {
        const check = checkRecord(policy, json);
        const validation = validateRecord(policy, json);
        expect(check.ok).toBe(validation.ok);
        if (check.ok || validation.ok) return;
        const findings = check.findings ?? findingsOf(policy, json);
        expect(problemsFromFindings(policy, throughJson(findings))).toEqual(validation.problems);
      }),
      { numRuns: 500 },
    );
  });
});
