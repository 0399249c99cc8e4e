// The CLI bundled by esbuild into one file. Loaded through tsx, its ~170 modules took 1.6 s before
// `policy --help` printed anything (each one a round trip to tsx's loader thread); bundled, 0.3 s.
// The bundle is kept in node_modules/.cache and made again whenever a file it was made from has
// changed since, so that an edit to src/ is never run stale.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIR = new URL("../node_modules/.cache/policy-cli/", import.meta.url);
const BUNDLE = new URL("policy.mjs", DIR);
/** The files the bundle was made from, relative to ROOT (esbuild's metafile). */
const INPUTS = new URL("inputs.json", DIR);

function isFresh() {
  try {
    const made = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(INPUTS, "utf8"));
    return inputs.every((file) => existsSync(ROOT + file) && statSync(ROOT + file).mtimeMs <= made);
  } catch {
    return false;
  }
}

/** The bundle's URL, made first if needed; null when it cannot be made (then run the sources). */
export async function cliBundle() {
  if (isFresh()) return BUNDLE;
  try {
    const { build } = await import("esbuild");
    // Dated when the sources were read: a file changed while esbuild runs makes the bundle stale.
    const started = new Date();
    mkdirSync(DIR, { recursive: true });
    const temporary = fileURLToPath(new URL(`policy.${process.pid}.mjs`, DIR));
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ["src/cli/main.ts"],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: temporary,
      metafile: true,
      logLevel: "silent",
    });
    // Each renamed into place whole: another `policy` starting meanwhile reads old files or new.
    writeFileSync(`${temporary}.json`, JSON.stringify(Object.keys(result.metafile.inputs)));
    renameSync(`${temporary}.json`, INPUTS);
    utimesSync(temporary, started, started);
    renameSync(temporary, BUNDLE);
    return BUNDLE;
  } catch {
    return null;
  }
}
