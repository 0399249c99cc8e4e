/** Parse-tree values (amounts, bounds) → their checked form. */
import type * as T from "../syntax/tree";
import type * as P from "./schema";

export function fromAmount(amount: T.Amount | null): P.Amount {
  if (amount === null) return { kind: "none" };
  switch (amount.kind) {
    case "fixed":
      return { kind: "fixed", value: amount.value.value };
    case "range":
      return { kind: "range", min: amount.min.value, max: amount.max.value };
    case "discretion":
      return { kind: "discretion" };
    case "none":
    case "invalid":
      return { kind: "none" };
  }
}

export function fromBound(bound: T.Bound): P.Bound {
  return { op: bound.op, value: bound.value.value, written: bound.written };
}
