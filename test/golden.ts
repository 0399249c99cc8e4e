/**
 * Golden files: written when missing or with UPDATE=1, otherwise compared. Review every change
 * to them in `git diff`; never edit them by hand. On CI a missing golden file is a failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

export function expectGolden(path: string, actual: string): void {
  const update = process.env.UPDATE === "1";
  if (!update && !existsSync(path)) {
    if (process.env.CI) throw new Error(`golden file missing: ${path} (run UPDATE=1 npm test and review the diff)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (update) {
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
