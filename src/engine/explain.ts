/**
 * The Chinese `why` of each entry, rendered from its reason data and the policy's own words.
 *
 * A year's record of 100,000 events has as many sentences, and most are made of the same few pieces
 * (a clause's number and title, the amounts, the repeat rule). Each piece is made
 * once and shared; a sentence joins the shared pieces. Building every piece afresh was half of
 * `simulate`'s time at 100,000 events, mostly in collecting the garbage (engine benchmark).
 */
import type { Policy } from "../check/schema";
import type { PolicyIndex } from "./policy-index";
import { toDay } from "./dates";
import type { Versions } from "./versions";
import { describeBound } from "../check/bounds";
import { formatMoney, formatPoints } from "./quantity";
import type { Entry, EntryReason } from "./result";

type Amounts = Pick<Entry, "points" | "fine" | "reward">;

/** `扣N分，罚款M元` or `加N分，奖励M元` from an entry's amounts; a role name in front for liability lines. */
export function describeAmounts({ points, fine, reward }: Amounts): string {
  let text = points < 0 ? `扣${formatPoints(-points)}分` : points > 0 ? `加${formatPoints(points)}分` : "";
  if (fine > 0) text += `${text ? "，" : ""}罚款${formatMoney(fine)}元`;
  if (reward > 0) text += `${text ? "，" : ""}奖励${formatMoney(reward)}元`;
  return text || "不扣分、不罚款";
}

function factorText(factor: number): string {
  return factor === 2 ? "加倍" : `×${factor}`;
}

export type Explain = (entry: Omit<Entry, "why">) => string;

/**
 * An explainer for one simulation, in the words of the version in force on each entry's date (a late
 * fine's terms: on the date of the event whose fine was late). With several versions, each sentence
 * says which one judged it.
 */
export function createExplainer(versions: Versions): Explain {
  if (versions.all.length === 1) return sentencesOf(versions.all[0]!, "");
  const byVersion = new Map(versions.all.map((index) => [index, sentencesOf(index, `（依${index.policy.version}版）`)]));
  return (entry) => {
    const { reason } = entry;
    return byVersion.get(versions.at(toDay(reason.kind === "late" ? reason.eventDate : entry.date)))!(entry);
  };
}

/** The sentence of one entry judged by `index`. */
export function explainEntry(index: PolicyIndex, entry: Omit<Entry, "why"> & { why?: string }): string {
  return sentencesOf(index, "")(entry);
}

/**
 * A version's sentences are kept from one simulation to the next (the calculator simulates again on
 * every edit), until their pieces number `KEPT_PIECES`: then the next simulation starts afresh.
 */
const KEPT_PIECES = 100_000;
/** No key yet: equal to none. */
const NO_KEY = Symbol("no key");
const kept = new WeakMap<Policy, Map<string, Sentences>>();

interface Sentences {
  explain: Explain;
  pieces(): number;
}

function sentencesOf(index: PolicyIndex, suffix: string): Explain {
  let bySuffix = kept.get(index.policy);
  if (!bySuffix) kept.set(index.policy, (bySuffix = new Map()));
  let table = bySuffix.get(suffix);
  if (!table || table.pieces() > KEPT_PIECES) bySuffix.set(suffix, (table = sentences(index, suffix)));
  return table.explain;
}

/**
 * Sentences in the words of one version, `suffix` after each. The pieces that recur (clause, amounts,
 * the rule applied) are made once and shared; only the person and the date of a liability line, and
 * the date of the earlier event of a repeat, are joined to them for each entry.
 */
function sentences(index: PolicyIndex, suffix: string): Sentences {
  let pieces = 0;
  /**
   * `make`, remembering its value for each key (compared as Map keys are). Curried for several keys:
   * `memo((a) => memo((b) => …))(a)(b)`, which allocates nothing once each key has been seen. The
   * last key is checked first: consecutive entries mostly share a level's key (the count, the repeat
   * rule, the day), and a comparison is cheaper than a lookup.
   */
  const memo = <K, V>(make: (key: K) => V): ((key: K) => V) => {
    const values = new Map<K, V>();
    let lastKey: unknown = NO_KEY;
    let lastValue: V | undefined;
    return (key) => {
      if (key === lastKey) return lastValue!;
      let value = values.get(key);
      if (value === undefined) {
        values.set(key, (value = make(key)));
        pieces += 1;
      }
      lastKey = key;
      lastValue = value;
      return value;
    };
  };
  const title = (clause: string) => index.clauses.get(clause)?.title ?? "";
  /** `a + b`, one shared string for each pair of (shared) strings. */
  const join = memo((a: string) => memo((b: string) => a + b));
  const amounts = memo((points: number) => memo((fine: number) => memo((reward: number) => describeAmounts({ points, fine, reward }))));
  const amountsOf = ({ points, fine, reward }: Amounts) => amounts(points)(fine)(reward);
  /** `{id} {title} ×{count}{unit}：` */
  const head = memo((clause: string) => memo((count: number) => `${clause} ${title(clause)}${count === 1 ? "" : ` ×${count}${index.clauses.get(clause)?.unit ?? ""}`}：`));
  /** `（{windowDays}天内重犯，{factor}；前次 {date}）` */
  const repeated = memo((windowDays: number) => memo((factor: number) => memo((before: string) => `（${windowDays}天内重犯，${factorText(factor)}；前次 ${before}）`)));
  /** `{id} 连带：{person} ` */
  const linked = memo((clause: string) => memo((person: string) => `${clause} 连带：${person} `));
  const spaced = memo((date: string) => `${date} `);
  /** `（{source amounts}），{responsibility}责任 {percent}%` */
  const responsibility = memo((source: string) => memo((chosen: string | null) => memo((percent: number | null) => `（${source}），${chosen}责任 ${percent}%`)));
  /** `，罚款{source fine}元的 {percent}%` */
  const shareOf = memo((sourceFine: number) => memo((percent: number) => `，罚款${formatMoney(sourceFine)}元的 ${percent}%`));
  /** `，{role}{amounts}` */
  const receives = memo((role: string) => memo((what: string) => `，${role}${what}`));

  const sentence = (entry: Omit<Entry, "why">): string => {
    const { clause } = entry;
    const reason: EntryReason = entry.reason;
    switch (reason.kind) {
      case "event":
        return join(head(clause)(reason.count))(amountsOf(entry));
      case "repeat":
        return join(head(clause)(reason.count))(amountsOf(entry)) + repeated(reason.windowDays)(reason.factor)(reason.doubledBy.date);
      case "late": {
        const rule = index.policy.lateFine;
        const terms = rule ? `期限${rule.dueDays}天、宽限${rule.graceDays}天，` : "";
        return `${head(clause)(1)}${amountsOf(entry)}（${reason.eventDate} ${reason.eventClause} 的罚款${terms}最迟 ${reason.lastDay} 缴清，实际 ${reason.paidOn} 缴纳）`;
      }
      case "liability": {
        const how = reason.rule === "clause" ? title(clause) : join(title(clause))(responsibility(amounts(reason.sourcePoints)(reason.sourceFine)(0))(reason.responsibility)(reason.percent));
        const rest = join(how)(receives(reason.role)(amountsOf(entry)));
        return linked(clause)(reason.person) + spaced(reason.source.date) + rest;
      }
      case "share": {
        const rest = join(join(title(clause))(shareOf(reason.sourceFine)(reason.percent)))(receives(reason.role)(amountsOf(entry)));
        return linked(clause)(reason.person) + spaced(reason.source.date) + rest;
      }
      case "daily":
        return (
          `${reason.clauses.join("、")} 当日合计${reason.total}${reason.unit}（${reason.group}，${describeBound(reason.threshold, reason.unit)}），` +
          `${reason.role}${amountsOf(entry)}`
        );
    }
  };
  return { explain: suffix ? (entry) => sentence(entry) + suffix : sentence, pieces: () => pieces };
}
