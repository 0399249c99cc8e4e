/**
 * Where the record lives between visits: localStorage, and the URL hash of a shared link.
 *
 * Stored data is versioned: `{ "version": 1, "record": … }` under `wenyou-calculator:v1:<title>:record`.
 * The unversioned record of earlier releases (`wenyou-calculator:<title>:record`) is migrated on load.
 * A stored value that cannot be read or validated is never overwritten: it is first copied, as is,
 * to `wenyou-calculator:<title>:kept-aside:<ISO time>`, and the user is told and can download it.
 */
import type { Record } from "../../../engine/index";

const KEY_PREFIX = "wenyou-calculator:";
export const STORAGE_VERSION = 1;

/** The current (versioned) key of a policy's record. */
export function storageKey(policyTitle: string): string {
  return `${KEY_PREFIX}v${STORAGE_VERSION}:${policyTitle}:record`;
}

/** The key of the unversioned record stored by earlier releases. */
export function legacyStorageKey(policyTitle: string): string {
  return `${KEY_PREFIX}${policyTitle}:record`;
}

export function keptAsidePrefix(policyTitle: string): string {
  return `${KEY_PREFIX}${policyTitle}:kept-aside:`;
}

/** Reads a JSON text as a record: the record, or a Chinese reason (whose words may have to be loaded first). */
export type RecordReader = (text: string) => Promise<{ record: Record } | { error: string; details: string[] }>;

export interface KeptAside {
  /** Where the unreadable value now lives (null when even the copy failed: then nothing is saved). */
  key: string | null;
  text: string;
  reason: string;
}

export interface Loaded {
  record: Record | null;
  /** Set when the stored value could not be read and was kept aside. */
  keptAside: KeptAside | null;
  /** Set when an unversioned record was migrated. */
  migrated: boolean;
  /** False when an unreadable value could not be kept aside: saving would then overwrite it. */
  canSave: boolean;
}

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}

/** Copy an unreadable value to a key of its own; remove the original only once the copy is made. */
function keepAside(title: string, from: string, text: string, reason: string): KeptAside {
  let key = keptAsidePrefix(title) + new Date().toISOString();
  for (let n = 2; get(key) !== null; n++) key = `${keptAsidePrefix(title)}${new Date().toISOString()}-${n}`;
  if (set(key, text) && get(key) === text) {
    remove(from);
    return { key, text, reason };
  }
  return { key: null, text, reason };
}

/** Unwrap a versioned envelope into the record's JSON text, or say why it cannot be. */
function unwrap(text: string): { recordText: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("version" in value)) return { error: "缺少版本号" };
  const { version, record } = value as { version: unknown; record: unknown };
  if (version !== STORAGE_VERSION) return { error: `版本“${String(version)}”不是本页面能读取的版本 ${STORAGE_VERSION}` };
  return { recordText: JSON.stringify(record ?? null) };
}

/** Load the stored record of a policy, migrating and keeping aside as needed. */
export async function loadStored(title: string, read: RecordReader): Promise<Loaded> {
  const key = storageKey(title);
  const current = get(key);
  if (current !== null) {
    const unwrapped = unwrap(current);
    const checked = "recordText" in unwrapped ? await read(unwrapped.recordText) : null;
    if (checked && "record" in checked) return { record: checked.record, keptAside: null, migrated: false, canSave: true };
    const reason = "error" in unwrapped ? unwrapped.error : checked && "error" in checked ? [checked.error, ...checked.details].join(" ") : "";
    const kept = keepAside(title, key, current, reason);
    return { record: null, keptAside: kept, migrated: false, canSave: kept.key !== null };
  }
  const legacyKey = legacyStorageKey(title);
  const legacy = get(legacyKey);
  if (legacy === null) return { record: null, keptAside: null, migrated: false, canSave: true };
  const checked = await read(legacy);
  if ("record" in checked) {
    // Remove the old value only once the new one is safely written.
    if (set(key, envelope(checked.record))) remove(legacyKey);
    return { record: checked.record, keptAside: null, migrated: true, canSave: true };
  }
  const kept = keepAside(title, legacyKey, legacy, [checked.error, ...checked.details].join(" "));
  return { record: null, keptAside: kept, migrated: false, canSave: kept.key !== null };
}

function envelope(record: Record): string {
  return JSON.stringify({ version: STORAGE_VERSION, record });
}

/** Save the record; false when the browser refuses (no storage, or a full quota): it then lives only in this page. */
export function saveRecord(key: string, record: Record): boolean {
  return set(key, envelope(record));
}

export function clearRecord(key: string): void {
  remove(key);
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
