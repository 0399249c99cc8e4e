/**
 * The site's Content-Security-Policy, defined once. astro.config.mjs gives these directives to
 * Astro, which adds the hashes of its own inline scripts and styles and writes the policy into a
 * <meta> on every page; scripts/serve.mjs sends that same policy as a header, plus what only a
 * header can say. Plain JavaScript, because the server runs without a TypeScript loader.
 */

/** Everything from the site's own origin only; no plugins, no <base>, forms post only here. */
export const DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** Pagefind's search index is WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const STYLE_RESOURCES = ["'self'"];

/** Directives a <meta> cannot carry (browsers ignore them there and log a warning). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy a built page declares in its <meta>, or undefined if it has none. */
export function metaPolicy(html) {
  const found = META.exec(html);
  return found ? found[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : undefined;
}

/**
 * The header for a page: the policy its <meta> declares (with Astro's hashes) and the header-only
 * directives; a page without one gets the directives alone, so it may run no inline script at all.
 */
export function headerPolicy(html) {
  const declared = metaPolicy(html) ?? [...DIRECTIVES, `script-src ${SCRIPT_RESOURCES.join(" ")}`, `style-src ${STYLE_RESOURCES.join(" ")}`].join(";");
  const parts = declared.split(";").map((p) => p.trim()).filter(Boolean);
  return [...parts, ...HEADER_ONLY_DIRECTIVES].join("; ");
}
