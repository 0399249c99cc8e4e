/**
 * The search module is bundled on its own, at a fixed URL, so that pages can load it with a tiny
 * inline script on first use: an Astro <script> would be fetched on every page load.
 */
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { SEARCH_BUNDLE, SEARCH_SOURCE } from "./search-paths";


export function searchBundle(): AstroIntegration {
  let root: URL;
  return {
    name: "search-bundle",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = config.root;
      },
      "astro:build:done": async ({ dir }) => {
        await build({
          entryPoints: [fileURLToPath(new URL(SEARCH_SOURCE, root))],
          outfile: fileURLToPath(new URL(SEARCH_BUNDLE, dir)),
          bundle: true,
          format: "esm",
          target: "es2020",
          minify: true,
          legalComments: "none",
          logLevel: "warning",
        });
      },
    },
  };
}
