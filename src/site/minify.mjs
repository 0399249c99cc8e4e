/**
 * How the site's scripts are minified, for the site's build (astro.config.mjs) and for the
 * benchmark that re-bundles the calculator to see which modules its script is made of.
 * Terser's two passes leave the calculator's JS 1.2 KB gzip lighter than esbuild's minifier
 * (issue 6 budget); the build takes ~13 s longer. safari10 is Vite's default workaround for a
 * browser that cannot run the esnext output anyway.
 */
export const MINIFY = /** @type {const} */ ({ minify: "terser", terserOptions: { compress: { passes: 2 }, safari10: false } });
