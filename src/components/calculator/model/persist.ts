/** Where the record lives between visits: localStorage, and the URL hash of a shared link. */
import type { Record } from "../../../engine/index";

const KEY_PREFIX = "wenyou-calculator:";

export function storageKey(policyTitle: string): string {
  return `${KEY_PREFIX}${policyTitle}:record`;
}

export function saveRecord(key: string, record: Record): void {
  try {
    localStorage.setItem(key, JSON.stringify(record));
  } catch {
    // Private mode or a full quota: the record then lives only in this page.
  }
}

/** The stored JSON text, or null. It is validated like any imported file before use. */
export function loadRecordText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function clearRecord(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

/** `r=<base64url of the UTF-8 JSON>` */
export function recordToHash(record: Record): string {
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return "r=" + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The JSON text in a hash made by recordToHash, or null when the hash holds no record. */
export function hashToRecordText(hash: string): string | null {
  const param = new URLSearchParams(hash.replace(/^#/, "")).get("r");
  if (!param) return null;
  try {
    const binary = atob(param.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}

export function hashParam(hash: string, name: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get(name);
}
