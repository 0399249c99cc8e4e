#!/usr/bin/env node
// The search index of a built site (src/site/search-index.ts), run by `npm run build` after astro build:
//   node scripts/search-index.mjs [SITE]      (default dist)
import { register } from "tsx/esm/api";

register();
const { buildSearchIndex } = await import("../src/site/search-index.ts");
const site = process.argv[2] ?? "dist";
const { clauses, more } = await buildSearchIndex(site);
console.log(`search index: ${clauses.length} clause pages in ${site}/pagefind/, ${more.length} other pages in ${site}/pagefind-more/`);
