// The handbook site. SITE_BASE serves it under a sub-path (e.g. SITE_BASE=/handbook/); POLICY_DIR
// builds it from another folder of policy files (benchmarks and tests; default policy/).
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { policyCheck } from "./src/site/integration.ts";
import { searchBundle } from "./src/site/search-bundle.ts";
import { DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from "./src/site/csp.mjs";
import { MINIFY } from "./src/site/minify.mjs";

const base = process.env.SITE_BASE ?? "/";

/**
 * Preact, its hooks and the download helper in one chunk: the islands (the calculator, the editor
 * once editing starts) load all of it anyway, and one file costs less than three.
 */
const sharedChunk = (id) => (/node_modules\/preact\/|src\/components\/download\.ts$/.test(id) ? "preact" : undefined);

/**
 * An island's chunk is its own entry file. Astro has Rollup keep each entry's exports exact, so a
 * chunk that the island's lazy parts import from (the calculator's) got a one-line facade in front
 * of it: one more request for the page. An island is imported for its default export alone.
 */
const islandEntries = {
  name: "island-entries",
  hooks: {
    "astro:build:setup": ({ vite, target }) => {
      if (target === "client") vite.build.rollupOptions.preserveEntrySignatures = "allow-extension";
    },
  },
};

export default defineConfig({
  base: base.endsWith("/") ? base : base + "/",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [policyCheck(process.env.POLICY_DIR || undefined), searchBundle(), mdx(), preact(), islandEntries],
  devToolbar: { enabled: false },
  vite: {
    build: { ...MINIFY, rollupOptions: { output: { manualChunks: sharedChunk } } },
  },
  telemetry: false,
  // Astro hashes its own inline scripts and styles into each page's CSP <meta> (see src/site/csp.mjs).
  experimental: {
    csp: { directives: DIRECTIVES, scriptDirective: { resources: SCRIPT_RESOURCES }, styleDirective: { resources: STYLE_RESOURCES } },
  },
});
