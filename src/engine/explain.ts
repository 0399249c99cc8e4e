/**
 * The Chinese `why` of each entry, rendered from its reason data and the policy's own words.
 *
 * A year's record of 100,000 events has as many sentences, and most are made of the same few pieces
 * (a clause's number and title, `扣2分，罚款50元`, `（30天内重犯，加倍；前次 …）`). Each piece is made
 * once per simulation and shared; a sentence joins the shared pieces. Building every piece afresh
 * was half of `simulate`'s time at 100,000 events, mostly in collecting the garbage (engine benchmark).
 */
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

/** `make`, remembering its value for each key (keys compared as Map keys are). */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make(key)));
    return value;
  };
}

type Explain = (entry: Omit<Entry, "why">) => string;

/**
 * An explainer for one simulation, in the words of the version in force on each entry's date (a late
 * fine's terms: on the date of the event whose fine was late). With several versions, each sentence
 * says which one judged it.
 */
export function createExplainer(versions: Versions): Explain {
  if (versions.all.length === 1) return sentences(versions.all[0]!, "");
  const byVersion = new Map(versions.all.map((index) => [index, sentences(index, `（依${index.policy.version}版）`)]));
  return (entry) => {
    const { reason } = entry;
    return byVersion.get(versions.at(toDay(reason.kind === "late" ? reason.eventDate : entry.date)))!(entry);
  };
}

/** The sentence of one entry judged by `index`, on its own (no shared pieces kept). */
export function explainEntry(index: PolicyIndex, entry: Omit<Entry, "why"> & { why?: string }): string {
  return sentences(index, "")(entry);
}

/** Sentences in the words of one version, `suffix` after each, sharing their pieces. */
function sentences(index: PolicyIndex, suffix: string): Explain {
  const title = memo((clause: string) => index.clauses.get(clause)?.title ?? "");
  const head = memo((clause: string) => `${clause} ${title(clause)}`);
  const headColon = memo((clause: string) => `${head(clause)}：`);
  const linked = memo((clause: string) => `${clause} 连带：`);
  const counted = memo((clause: string) => memo((count: number) => `${head(clause)} ×${count}${index.clauses.get(clause)?.unit ?? ""}：`));
  const amounts = memo((points: number) => memo((fine: number) => memo((reward: number) => describeAmounts({ points, fine, reward }))));
  const amountsOf = ({ points, fine, reward }: Amounts) => amounts(points)(fine)(reward);
  const repeated = memo((windowDays: number) => memo((factor: number) => memo((before: string) => `（${windowDays}天内重犯，${factorText(factor)}；前次 ${before}）`)));
  const spaced = memo((text: string) => `${text} `);
  const responsibilityText = memo((responsibility: string | null) => memo((percent: number | null) => `${responsibility}责任 ${percent}%，`));

  const sentence = (entry: Omit<Entry, "why">): string => {
    const { clause } = entry;
    const reason: EntryReason = entry.reason;
    switch (reason.kind) {
      case "event":
        return (reason.count === 1 ? headColon(clause) : counted(clause)(reason.count)) + amountsOf(entry);
      case "repeat": {
        const what = (reason.count === 1 ? headColon(clause) : counted(clause)(reason.count)) + amountsOf(entry);
        return what + repeated(reason.windowDays)(reason.factor)(reason.doubledBy.date);
      }
      case "late": {
        const rule = index.policy.lateFine;
        const terms = rule ? `期限${rule.dueDays}天、宽限${rule.graceDays}天，` : "";
        return `${headColon(clause)}${amountsOf(entry)}（${reason.eventDate} ${reason.eventClause} 的罚款${terms}最迟 ${reason.lastDay} 缴清，实际 ${reason.paidOn} 缴纳）`;
      }
      case "liability": {
        const source = linked(clause) + spaced(reason.person) + spaced(reason.source.date) + title(clause);
        const role = reason.role + amountsOf(entry);
        if (reason.rule === "clause") return `${source}，${role}`;
        const sourceAmounts = amounts(reason.sourcePoints)(reason.sourceFine)(0);
        return `${source}（${sourceAmounts}），${responsibilityText(reason.responsibility)(reason.percent)}${role}`;
      }
      case "share":
        return `${linked(clause)}${spaced(reason.person)}${spaced(reason.source.date)}${title(clause)}，罚款${formatMoney(reason.sourceFine)}元的 ${reason.percent}%，${reason.role}${amountsOf(entry)}`;
      case "daily":
        return (
          `${reason.clauses.join("、")} 当日合计${reason.total}${reason.unit}（${reason.group}，${describeBound(reason.threshold, reason.unit)}），` +
          `${reason.role}${amountsOf(entry)}`
        );
    }
  };
  return suffix ? (entry) => sentence(entry) + suffix : sentence;
}
