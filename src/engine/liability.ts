/**
 * Manager and director liability in a department record: a member's penalty also reaches the roles
 * its clause names (fixed amounts, a share of the fine, or a pooled daily threshold), or the
 * manager by the general rule (a percentage by responsibility). Liability lines are never the
 * receiver's own violations. The manager's own events reach only money-only (director) roles.
 */
import type { Liability } from "../check/schema";
import { holds } from "../check/bounds";
import type { DirectorLedger, Ledger, UnitEntry } from "./ledger";
import { chosenValue, roleKind, usesDefaultLiability, type PolicyIndex } from "./policy-index";
import { fromUnits, percentOf, toUnits } from "./quantity";
import type { DatedEventRef } from "./result";
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
        this.send(index, liability.role, { date: item.date, clause: item.clause.id, points: -points, fine: money, reward: 0, doubled: false, why: "", reason });
      } else if (liability.kind === "share") {
        const percent = chosenValue(liability.percent, own?.directorShare);
        const reason = { kind: "share" as const, source, person: item.person, role: liability.role, percent, sourceFine: fromUnits(item.money) };
        this.send(index, liability.role, { date: item.date, clause: item.clause.id, points: 0, fine: percentOf(item.money, percent), reward: 0, doubled: false, why: "", reason });
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
      this.send(pool.index, definition.role, { date: pool.date, clause: pool.clauses[0] ?? "", points, fine: money, reward: 0, doubled: false, why: "", reason });
    }
    this.pools.clear();
  }

  private applyDefault(item: Item, responsibility: string | undefined, source: Item["dated"]): void {
    const { index } = item;
    const rule = index.policy.defaultLiability;
    const chosen = responsibility ?? index.defaultResponsibility;
    const percent = index.responsibilityPercent.get(chosen) ?? 0;
    const reason = { kind: "liability" as const, source, person: item.person, role: rule.role, rule: "default" as const, responsibility: chosen, percent, sourcePoints: fromUnits(-item.points), sourceFine: fromUnits(item.money) };
    const entry = { date: item.date, clause: item.clause.id, points: -percentOf(item.points, percent), fine: percentOf(item.money, percent), reward: 0, doubled: false, why: "", reason };
    this.send(index, rule.role, entry);
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

  private send(index: PolicyIndex, roleId: string, entry: UnitEntry): void {
    const kind = roleKind(index, roleId);
    if (kind === "manager") this.manager.add(entry, null, index.policy);
    else if (kind === "other") this.directors.get(roleId)?.add(entry);
  }
}

function poolKey(role: string, group: string): string {
  return `${role}\u0000${group}`;
}
