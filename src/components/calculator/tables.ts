/**
 * The record's tables (./RecordTables), loaded the first time a record has events: an empty record,
 * as a first visit shows it, has neither. A record replaced as a whole (stored, shared, imported, an
 * example) or given its first event waits for them, so that it never shows without its tables; it
 * is shown (and saved) even if they fail to load, with the calculator's message that a part did not.
 */
import { useEffect, useState } from "preact/hooks";

type Tables = typeof import("./RecordTables");

let loaded: Tables | null = null;

export async function loadRecordTables(): Promise<Tables | null> {
  try {
    return (loaded ??= await import("./RecordTables"));
  } catch (e) {
    // Left unhandled, as any part that fails to load is: the calculator then says so.
    void Promise.reject(e);
    return null;
  }
}

/** The tables once loaded (at once after the first time), or null. */
export function useRecordTables(needed: boolean): Tables | null {
  const [tables, setTables] = useState(loaded);
  useEffect(() => {
    if (needed && !tables) void loadRecordTables().then(setTables);
  }, [needed]);
  return tables;
}
