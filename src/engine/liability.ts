/**
 * Manager and director liability in a department record: a member's penalty also reaches the roles
 * its clause names (fixed amounts, a share of the fine, or a pooled daily threshold), or the
 * manager by the general rule (a percentage by responsibility). Liability lines are never the
 * receiver's own violations. The manager's own events reach only money-only (director) roles.
 */
import type { Liability } from "../check/schema";
import { holds } from "../check/bounds";
import type { Explain } from "./explain";
import { makeEntry, type DirectorLedger, type Ledger, type Units } from "./ledger";
import { chosenValue, roleKind, usesDefaultLiability, type PolicyIndex } from "./policy-index";
import { fromUnits, percentOf, toUnits } from "./quantity";
import type { DatedEventRef, EntryReason } from "./result";
import type { Item } from "./timeline";

type Daily = Extract<Liability, { kind: "daily" }>;

interface Pool {
  key: string;
  /** The version in force on the pool's day. */
  index: PolicyIndex;
  definition: Daily;
  date: string;
  total: number;
  clauses: string[];
  events: DatedEventRef[];
}

export class LiabilityBook {
  private readonly pools = new Map<string, Pool>();
  /** Per version: each (role, group) is defined by the first clause of the version that names it. */
  private readonly definitions = new Map<PolicyIndex, Map<string, Daily>>();

  constructor(
    private readonly manager: Ledger,
    private readonly members: ReadonlySet<string>,
    private readonly directors: ReadonlyMap<string, DirectorLedger>,
    private readonly explain: Explain,
  ) {}

  /** The liability lines of one timeline item (nothing for rewards). */
  apply(item: Item): void {
    if (item.direction !== "deduct") return;
    const { index } = item;
    const isMember = this.members.has(item.person);
    const own = item.late ? null : item.event;
    const source = item.dated;
    for (const liability of item.clause.liability) {
      if (!isMember && roleKind(index, liability.role) !== "other") continue;
      if (liability.kind === "fixed") {
        const toManager = roleKind(index, liability.role) === "manager";
        const points = toManager ? toUnits(chosenValue(liability.points, own?.managerPoints)) : 0;
        const money = toUnits(chosenValue(liability.money, toManager ? own?.managerFine : undefined));
        const reason = { kind: "liability" as const, source, person: item.person, role: liability.role, rule: "clause" as const, responsibility: null, percent: null, sourcePoints: fromUnits(-item.points), sourceFine: fromUnits(item.money) };
        this.send(index, liability.role, item.date, item.clause.id, { points: -points, fine: money, reward: 0 }, reason);
      } else if (liability.kind === "share") {
        const percent = chosenValue(liability.percent, own?.directorShare);
        const reason = { kind: "share" as const, source, person: item.person, role: liability.role, percent, sourceFine: fromUnits(item.money) };
        this.send(index, liability.role, item.date, item.clause.id, { points: 0, fine: percentOf(item.money, percent), reward: 0 }, reason);
      } else if (isMember) {
        this.pool(liability, item);
      }
    }
    if (isMember && usesDefaultLiability(index, item.clause)) this.applyDefault(item, own?.responsibility, source);
  }

  /** End of a day: each pool that met its threshold gives its role one line. */
  closeDay(): void {
    for (const pool of this.pools.values()) {
      const { definition } = pool;
      if (!holds(definition.threshold, pool.total)) continue;
      const reason = {
        kind: "daily" as const,
        role: definition.role,
        group: definition.group,
        clauses: pool.clauses,
        measure: definition.measure,
        unit: definition.unit,
        total: pool.total,
        threshold: definition.threshold,
        events: pool.events,
      };
      const points = roleKind(pool.index, definition.role) === "manager" ? -toUnits(chosenValue(definition.points, undefined)) : 0;
      const money = toUnits(chosenValue(definition.money, undefined));
      this.send(pool.index, definition.role, pool.date, pool.clauses[0] ?? "", { points, fine: money, reward: 0 }, reason);
    }
    this.pools.clear();
  }

  private applyDefault(item: Item, responsibility: string | undefined, source: Item["dated"]): void {
    const { index } = item;
    const rule = index.policy.defaultLiability;
    const chosen = responsibility ?? index.defaultResponsibility;
    const percent = index.responsibilityPercent.get(chosen) ?? 0;
    const reason = { kind: "liability" as const, source, person: item.person, role: rule.role, rule: "default" as const, responsibility: chosen, percent, sourcePoints: fromUnits(-item.points), sourceFine: fromUnits(item.money) };
    this.send(index, rule.role, item.date, item.clause.id, { points: -percentOf(item.points, percent), fine: percentOf(item.money, percent), reward: 0 }, reason);
  }

  private pool(liability: Daily, item: Item): void {
    const key = poolKey(liability.role, liability.group);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { key, index: item.index, definition: this.definitionsOf(item.index).get(key) ?? liability, date: item.date, total: 0, clauses: [], events: [] };
      this.pools.set(key, pool);
    }
    pool.total += liability.measure === "count" ? item.count : 1;
    if (!pool.clauses.includes(item.clause.id)) pool.clauses.push(item.clause.id);
    pool.events.push(item.dated);
  }

  private definitionsOf(index: PolicyIndex): Map<string, Daily> {
    let definitions = this.definitions.get(index);
    if (definitions) return definitions;
    definitions = new Map();
    for (const clause of index.policy.clauses) {
      for (const liability of clause.liability) {
        const key = poolKey(liability.role, liability.kind === "daily" ? liability.group : "");
        if (liability.kind === "daily" && !definitions.has(key)) definitions.set(key, liability);
      }
    }
    this.definitions.set(index, definitions);
    return definitions;
  }

  /** A line of `units` to the ledger of the role (none for a role the policy does not hold liable). */
  private send(index: PolicyIndex, roleId: string, date: string, clause: string, units: Units, reason: EntryReason): void {
    const kind = roleKind(index, roleId);
    const director = kind === "other" ? this.directors.get(roleId) : undefined;
    if (kind === "manager") this.manager.add(makeEntry(this.explain, date, clause, units, false, reason), units, null, index.policy);
    else if (director) director.add(makeEntry(this.explain, date, clause, units, false, reason), units);
  }
}

function poolKey(role: string, group: string): string {
  return `${role}\u0000${group}`;
}
