/**
 * Every link of the site goes through here, so that the site works under any base path
 * (SITE_BASE=/handbook/ npm run build) and clause ids (dots, Chinese) become safe URLs.
 */

/** The base path, always with a trailing slash. */
export function basePath(): string {
  const raw = import.meta.env?.BASE_URL ?? "/";
  return raw.endsWith("/") ? raw : raw + "/";
}

/** A site path (`grading/`, `clause/<slug>/`) under the base, percent-encoded. */
export function href(path = ""): string {
  const clean = path.replace(/^\/+/, "");
  return encodeURI(basePath() + clean);
}

/** The URL segment of a clause: its id with every character other than letters and digits as `-`. */
export function clauseSlug(id: string): string {
  return id.replace(/[^\p{L}\p{N}]+/gu, "-");
}

export function clauseHref(id: string): string {
  return href(`clause/${clauseSlug(id)}/`);
}

/** The anchor of a rule block (`Repeat`, `trigger:积分扣完`, `cap:评级1`) on the full-text page. */
export function ruleAnchor(rule: string): string {
  return "rule-" + rule.replace(/[^\p{L}\p{N}]+/gu, "-");
}

export function ruleHref(rule: string): string {
  return href("policy/") + "#" + encodeURIComponent(ruleAnchor(rule));
}

/** The anchor of a grade-cap rule on the 评级规则 page. */
export function capHref(capId: string): string {
  return href("grading/") + "#" + encodeURIComponent(ruleAnchor("cap:" + capId));
}

/** The anchor of an example on the examples page. */
export function exampleAnchor(id: string): string {
  return "example-" + id.replace(/[^\p{L}\p{N}]+/gu, "-");
}

export function exampleHref(id: string): string {
  return href("examples/") + "#" + encodeURIComponent(exampleAnchor(id));
}

/** Fail when two clause ids would share a URL. */
export function assertUniqueSlugs(ids: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const slug = clauseSlug(id);
    const other = seen.get(slug);
    if (other !== undefined) throw new Error(`条款“${id}”与“${other}”的网址相同（${slug}），请修改编号`);
    seen.set(slug, id);
  }
}
