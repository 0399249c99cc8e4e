#!/usr/bin/env node
// The `policy` command. It runs the CLI bundled into one file (bin/cli-bundle.mjs: made on first
// use and again after any change to its sources); if the bundle cannot be made, it runs the
// TypeScript through tsx, which is slower to start but needs no build.
import { cliBundle } from "./cli-bundle.mjs";

const bundle = await cliBundle();
let main;
if (bundle) ({ main } = await import(bundle.href));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
