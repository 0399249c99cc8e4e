/** Where the lazily loaded search module lives: its source (served by `astro dev`) and its bundle. */
export const SEARCH_SOURCE = "src/components/search/search-ui.ts";
/** Relative to the site's base. */
export const SEARCH_BUNDLE = "_search/search-ui.js";
