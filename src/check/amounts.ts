/** Writing an amount of the policy (a clause's points or money, a share's percentage) in words. */
import type { Amount } from "./schema";

/** `1`, `2~3`, `酌情`, `无`: each figure as the policy writes it (a written amount is the rule, never rounded). */
export function describeAmount(amount: Amount): string {
  switch (amount.kind) {
    case "fixed":
      return String(amount.value);
    case "range":
      return `${amount.min}~${amount.max}`;
    case "discretion":
      return "酌情";
    case "none":
      return "无";
  }
}
