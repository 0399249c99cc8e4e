// The handbook site. SITE_BASE serves it under a sub-path (e.g. SITE_BASE=/handbook/); POLICY_DIR
// builds it from another folder of policy files (benchmarks and tests; default policy/).
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { policyCheck } from "./src/site/integration.ts";
import { searchBundle } from "./src/site/search-bundle.ts";
import { DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from "./src/site/csp.mjs";

const base = process.env.SITE_BASE ?? "/";

/**
 * Preact, its hooks and the download helper in one chunk: the islands (the calculator, the editor
 * once editing starts) load all of it anyway, and one file costs less than three.
 */
const sharedChunk = (id) => (/node_modules\/preact\/|src\/components\/download\.ts$/.test(id) ? "preact" : undefined);

export default defineConfig({
  base: base.endsWith("/") ? base : base + "/",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [policyCheck(process.env.POLICY_DIR || undefined), searchBundle(), mdx(), preact()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Terser's two passes leave the calculator's JS 1.2 KB gzip lighter than esbuild's minifier
      // (issue 6 budget); the build takes ~13 s longer. safari10 is Vite's default workaround for a
      // browser that cannot run the esnext output anyway.
      minify: "terser",
      terserOptions: { compress: { passes: 2 }, safari10: false },
      rollupOptions: { output: { manualChunks: sharedChunk } },
    },
  },
  telemetry: false,
  // Astro hashes its own inline scripts and styles into each page's CSP <meta> (see src/site/csp.mjs).
  experimental: {
    csp: { directives: DIRECTIVES, scriptDirective: { resources: SCRIPT_RESOURCES }, styleDirective: { resources: STYLE_RESOURCES } },
  },
});
