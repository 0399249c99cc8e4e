import { statSync, utimesSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliBundle } from "../../bin/cli-bundle.mjs";

describe("the bundled CLI (bin/cli-bundle.mjs)", () => {
  it("is made from the sources, runs as the CLI does, and is made again when a source changes", async () => {
    const made0 = await cliBundle();
    expect(made0).toBeInstanceOf(URL);
    const bundle = made0!;
    const { main } = (await import(bundle.href)) as { main: (args: string[], io: unknown) => Promise<number> };
    let out = "";
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
    expect(await main(["help"], io)).toBe(0);
    expect(out).toContain("用法：policy <命令>");

    const made = statSync(bundle).mtimeMs;
    expect((await cliBundle())?.href).toBe(bundle.href);
    expect(statSync(bundle).mtimeMs).toBe(made);

    // A source dated after the bundle (as an edit would date it) makes it stale.
    const source = "src/cli/args.ts";
    const { atime, mtime } = statSync(source);
    const later = new Date(made + 60_000);
    utimesSync(source, later, later);
    try {
      await cliBundle();
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(made);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
