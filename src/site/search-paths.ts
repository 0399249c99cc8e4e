/** Where the lazily loaded search module lives: its source (served by `astro dev`) and its bundle. */
export const SEARCH_SOURCE = "src/components/search/search-ui.ts";
/** Relative to the site's base. */
export const SEARCH_BUNDLE = "_search/search-ui.js";

/** The Pagefind bundles, relative to the site's base (see search-index.ts): the clause pages… */
export const SEARCH_INDEX = "pagefind/";
/** …and every other page marked for search, merged into a search on request. */
export const SEARCH_INDEX_MORE = "pagefind-more/";
