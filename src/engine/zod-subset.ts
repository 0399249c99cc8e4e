/**
 * The browser's `#zod` (package.json `imports`): the few zod functions that the record schema
 * (`record.ts`) is written in, each giving zod's own issues (code, path, expected, origin, keys) in
 * zod's order, without the rest of zod. zod/mini was most of the calculator's engine weight.
 * `test/engine/record-flavours.test.ts` checks that every JSON value gets the same answer here as
 * under zod. Types come from zod itself: TypeScript resolves `#zod` without the browser condition.
 */

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  origin?: string;
  keys?: string[];
  /** Whether later checks still run (zod's `continue`). */
  continue?: boolean;
}

interface Payload {
  value: unknown;
  issues: Issue[];
}

interface Check {
  check: (payload: Payload) => void;
  /** Run even after an issue that does not stop checks (zod's `when`); otherwise only on a clean parse. */
  whenHasLength?: boolean;
}

interface Schema {
  run: (value: unknown) => Payload;
  optional?: true;
  shape?: { [key: string]: Schema };
  check: (...checks: Check[]) => Schema;
  safeParse: (value: unknown) => { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}

const invalid = (payload: Payload, expected: string): Payload => {
  payload.issues.push({ code: "invalid_type", expected, path: [] });
  return payload;
};

const isObject = (value: unknown): value is { [key: string]: unknown } => typeof value === "object" && value !== null && !Array.isArray(value);

function prefixed(into: Issue[], key: PropertyKey, issues: Issue[]): void {
  for (const issue of issues) {
    issue.path.unshift(key);
    into.push(issue);
  }
}

function schema(parse: (payload: Payload) => Payload, checks: Check[] = [], extra: Partial<Schema> = {}): Schema {
  const self: Schema = {
    ...extra,
    run(value) {
      const payload = parse({ value, issues: [] });
      for (const c of checks) {
        if (c.whenHasLength) {
          const v = payload.value as { length?: unknown } | null | undefined;
          if (payload.issues.some((i) => i.continue === false) || v === null || v === undefined || v.length === undefined) continue;
        } else if (payload.issues.some((i) => i.continue !== true)) continue;
        c.check(payload);
      }
      return payload;
    },
    check: (...more) => schema(parse, [...checks, ...more], extra),
    safeParse(value) {
      const { value: data, issues } = self.run(value);
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
  return self;
}

const string = () => schema((p) => (typeof p.value === "string" ? p : invalid(p, "string")));

const number = () => schema((p) => (typeof p.value === "number" && Number.isFinite(p.value) ? p : invalid(p, "number")));

const int = () =>
  number().check({
    check(p) {
      const n = p.value as number;
      if (!Number.isInteger(n)) p.issues.push({ code: "invalid_type", expected: "int", continue: false, path: [] });
      else if (!Number.isSafeInteger(n)) p.issues.push({ code: n > 0 ? "too_big" : "too_small", origin: "int", continue: true, path: [] });
    },
  });

const minLength = (minimum: number): Check => ({
  whenHasLength: true,
  check(p) {
    const v = p.value;
    const length = typeof v === "string" ? [...v].length : (v as unknown[]).length;
    if (length < minimum) p.issues.push({ code: "too_small", origin: Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown", continue: true, path: [] });
  },
});

const optional = (inner: Schema) => schema((p) => (p.value === undefined ? p : inner.run(p.value)), [], { optional: true });

const array = (element: Schema) =>
  schema((p) => {
    const input = p.value;
    if (!Array.isArray(input)) return invalid(p, "array");
    const out: unknown[] = (p.value = Array(input.length));
    input.forEach((item, i) => {
      const r = element.run(item);
      prefixed(p.issues, i, r.issues);
      out[i] = r.value;
    });
    return p;
  });

function object(shape: { [key: string]: Schema }, strict: boolean): Schema {
  const keys = new Set(Object.keys(shape));
  return schema(
    (p) => {
      const input = p.value;
      if (!isObject(input)) return invalid(p, "object");
      const out: { [key: string]: unknown } = (p.value = {});
      for (const key of keys) {
        if (key === "__proto__") continue;
        const field = shape[key]!;
        const present = key in input;
        if (!present && field.optional) continue;
        const r = field.run(input[key]);
        prefixed(p.issues, key, r.issues);
        if (present || r.value !== undefined) out[key] = r.value;
      }
      if (strict) {
        const unknown: string[] = [];
        for (const key in input) if (!keys.has(key)) unknown.push(key);
        if (unknown.length > 0) p.issues.push({ code: "unrecognized_keys", keys: unknown, continue: true, path: [] });
      }
      return p;
    },
    [],
    { shape },
  );
}

const aborted = (p: Payload) => p.issues.some((i) => i.continue !== true);

const union = (options: Schema[]) =>
  schema((p) => {
    const results = options.map((o) => o.run(p.value));
    const ok = results.find((r) => r.issues.length === 0);
    if (ok) return ok;
    const partial = results.filter((r) => !aborted(r));
    if (partial.length === 1) return partial[0]!;
    p.issues.push({ code: "invalid_union", path: [] });
    return p;
  });

export const z = {
  string,
  number,
  int,
  optional,
  array,
  union,
  minLength,
  object: (shape: { [key: string]: Schema }) => object(shape, false),
  strictObject: (shape: { [key: string]: Schema }) => object(shape, true),
};
