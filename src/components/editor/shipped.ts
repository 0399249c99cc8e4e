/**
 * The published text's check, made when the handbook is built (build time only: it imports the
 * policy module). The editor page shows it as HTML; src/pages/editor/check.json.ts serves it as JSON,
 * which the editor loads when the reader starts using it, so that it need not check that text again.
 */
import { createHash } from "node:crypto";
import { source } from "virtual:checked-policy";
import { analyse, type Report } from "./analyse";

/** Where the JSON is served, relative to the site's base. */
export const SHIPPED_CHECK_PATH = "editor/check.json";

export interface ShippedCheck {
  /** Names the text checked: the page and the JSON must be of the same build. */
  version: string;
  report: Report;
}

let made: ShippedCheck | undefined;

export function shippedCheck(): ShippedCheck {
  made ??= {
    version: createHash("sha256").update(`${source.file}\n${source.text}`).digest("hex").slice(0, 16),
    report: analyse(source.text, source.file),
  };
  return made;
}
