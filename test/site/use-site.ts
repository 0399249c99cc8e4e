/** A test file's site (browser.ts stays free of vitest: the benchmark uses it too). */
import { afterAll, beforeAll } from "vitest";
import { openSite, type Site } from "./browser";

/** The site for a test file: opened before its tests (the returned object is filled in then), closed after. */
export function useSite(options: { root?: string } = {}): Site {
  const site = {} as Site;
  beforeAll(async () => {
    Object.assign(site, await openSite(options));
  }, 60_000);
  afterAll(async () => {
    await site.close?.();
  });
  return site;
}
