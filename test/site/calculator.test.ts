/**
 * The calculator in a real browser, fed the engine's fixture records by clicking and typing: it must
 * show the fixtures' results, keep the record across reloads and shared links, and refuse bad imports.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkText } from "../../src/check/index";
import { formatMoney, formatPoints, simulate, validateRecord, type DepartmentResult, type IndividualResult, type Record } from "../../src/engine/index";
import { SCREENSHOTS, at, axeViolations } from "./browser";
import { useSite } from "./use-site";

const FIXTURES = "test/engine/fixtures";
const fixture = <T>(name: string, kind: "record" | "result"): T => JSON.parse(readFileSync(`${FIXTURES}/${name}.${kind}.json`, "utf8")) as T;
const POLICY_FILE = "policy/文明优质服务管理办法.policy";
const policy = checkText(readFileSync(POLICY_FILE, "utf8"), { file: POLICY_FILE }).policy!;
const PERSON = "r07-a-fine-paid-after-the-grace-days-adds-a-late-penalty";
const DEPARTMENT = "r10-directors-share-the-fine-of-media-exposure-and-the-last-ranking";

const site = useSite();

async function openCalculator(page: Page): Promise<void> {
  await page.goto(at(site, "calculator/"));
  await page.waitForSelector(".calculator[data-ready]");
}

const FIELDS = ["count", "points", "fine", "managerPoints", "managerFine", "directorShare", "finePaidOn"] as const;

/** Enter a record through the form, as a person would: names, year, then each event. */
async function enterRecord(page: Page, record: Record): Promise<void> {
  if ("department" in record) {
    await page.check("input[name=mode][value=department]");
    await page.fill("input[name=manager]", record.department.manager);
    await page.fill("input[name=members]", record.department.members.join("、"));
    await page.press("input[name=members]", "Tab");
  } else {
    await page.fill("input[name=name]", record.person.name);
  }
  await page.fill("input[name=year]", String(record.year));
  await page.press("input[name=year]", "Tab");
  for (const event of record.events) {
    const form = page.locator("form.event-form");
    if (event.person) await form.locator("select[name=person]").selectOption(event.person);
    await expect.poll(() => page.inputValue("#event-clause")).toBe("");
    await page.fill("#event-clause", event.clause);
    await page.press("#event-clause", "Enter");
    await expect.poll(() => page.inputValue("#event-clause")).toMatch(new RegExp(`^${event.clause.replace(".", "\\.")} `));
    // The clause's inputs come with its amounts in words (loaded as the picker is first focused).
    await form.locator(".picked").waitFor();
    await form.locator("input[name=date]").fill(event.date);
    for (const field of FIELDS) {
      const value = event[field];
      const input = form.locator(`input[name=${field}]`);
      if (value !== undefined && (await input.count()) > 0) await input.fill(String(value));
    }
    if (event.responsibility) await form.locator("select[name=responsibility]").selectOption(event.responsibility === "员工" ? "" : event.responsibility);
    await form.locator("button[type=submit]").click();
    expect(await form.locator(".form-errors").allTextContents(), `${event.date} ${event.clause}`).toEqual([]);
  }
}

/** A member's clause with fixed amounts and no liability of its own, for records made up in a test. */
function plainMemberClause() {
  const member = policy.roles.find((r) => r.kind === "member")!.id;
  return policy.clauses.find((c) => c.role === member && c.points.kind === "fixed" && c.money.kind === "fixed" && c.liability.length === 0)!;
}

/** One person's result in a department record, as the engine gives it. */
function departmentPerson(record: unknown, name: string) {
  const validation = validateRecord(policy, record);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return (simulate(policy, validation.record) as DepartmentResult).people.find((p) => p.name === name)!;
}

async function expectPersonFigures(page: Page, expected: IndividualResult, who: string): Promise<void> {
  const scope = page.locator(".person-results");
  const text = (key: string) => scope.locator(`[data-result=${key}]`).first().textContent();
  expect(await text("finalScore"), `${who} 年底积分`).toBe(formatPoints(expected.finalScore));
  expect(await text("fines"), `${who} 罚款`).toBe(`${formatMoney(expected.fines)} 元`);
  expect(await text("rewards"), `${who} 奖金`).toBe(`${formatMoney(expected.rewards)} 元`);
  expect(await text("violations"), `${who} 违规`).toBe(`${expected.violations} 次`);
  expect(await text("complaints"), `${who} 投诉`).toBe(`${expected.complaints} 次`);
  expect(await text("gradeCap"), `${who} 评级上限`).toBe(expected.gradeCap === null ? "无上限" : `最高 ${expected.gradeCap}`);
  const interventions = (await text("interventions")) ?? "";
  if (expected.interventions.length === 0) expect(interventions).toBe("无");
  for (const i of expected.interventions) expect(interventions).toContain(`${i.date} ${i.reason}`);
}

async function expectPerson(page: Page, expected: IndividualResult, who: string): Promise<void> {
  await expectPersonFigures(page, expected, who);
  expect(await page.locator(".person-results table.entries tbody tr").count(), `${who} 明细条数`).toBe(expected.entries.length);
}

describe("the calculator", () => {
  let page: Page;

  it("shows an individual fixture's result once its events are entered by clicking and typing", async () => {
    page = await site.newPage();
    await openCalculator(page);
    await enterRecord(page, fixture<Record>(PERSON, "record"));
    await expectPerson(page, fixture<IndividualResult>(PERSON, "result"), "张三");
  });

  it("keeps the record after a reload", async () => {
    await page.reload();
    await page.waitForSelector(".calculator[data-ready]");
    expect(await page.locator("table.events tbody tr").count()).toBe(fixture<Record>(PERSON, "record").events.length);
    await expectPerson(page, fixture<IndividualResult>(PERSON, "result"), "张三");
  });

  it("shows an error for a malformed import and keeps the current record", async () => {
    const count = fixture<Record>(PERSON, "record").events.length;
    await page.setInputFiles("input[name=import]", { name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from('{ "year": 2024, "events": [') });
    await page.locator(".message.error", { hasText: "不是有效的 JSON（第 1 行" }).waitFor();
    const unknownClause = { year: 2024, person: { name: "赵六" }, events: [{ date: "2024-01-02", clause: "处罚99" }] };
    await page.setInputFiles("input[name=import]", { name: "未知条款.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(unknownClause)) });
    await page.locator(".message.error", { hasText: "未知条款“处罚99”" }).waitFor();
    expect(await page.locator("table.events tbody tr").count()).toBe(count);
    expect(await page.inputValue("input[name=name]")).toBe("张三");
  });

  it("restores the record from a shared link in a fresh browser", async () => {
    await page.getByRole("button", { name: "分享链接" }).click();
    const link = await page.inputValue(".toolbar .share input");
    const other = await site.newPage();
    await other.goto(link);
    await other.waitForSelector(".calculator[data-ready]");
    await expectPerson(other, fixture<IndividualResult>(PERSON, "result"), "张三");
  });

  it("exports the JSON that policy simulate reads, and the entries as CSV", async () => {
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 JSON" }).click()]);
    const exported: unknown = JSON.parse(readFileSync(await json.path(), "utf8"));
    const checked = validateRecord(policy, exported);
    expect(checked.ok).toBe(true);
    const expected = fixture<IndividualResult>(PERSON, "result");
    const result = simulate(policy, (checked as { record: Record }).record) as IndividualResult;
    expect([result.finalScore, result.fines, result.interventions.length]).toEqual([expected.finalScore, expected.fines, expected.interventions.length]);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()]);
    const lines = readFileSync(await csv.path(), "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines[0]).toBe("人员,角色,日期,条款,积分,罚款（元）,奖励（元）,加倍,说明");
    expect(lines.length - 1).toBe(expected.entries.length);
  });

  it("prints a notice with the clause, the amounts and the fine's due date", async () => {
    await page.locator("table.entries button", { hasText: "通知单" }).first().click();
    const notice = page.locator("dialog.notice[open]");
    await notice.waitFor();
    await expect(notice.locator("h2").textContent()).resolves.toBe("处罚通知单");
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("处罚4");
    expect(text).toContain("扣1分，罚款100元");
    expect(text).toContain("请于 2024-01-13 前（含）缴纳罚款");
    expect(text).toContain(policy.clauses.find((c) => c.id === "处罚4")!.original[0]!.split("\n")[0]);
    await page.screenshot({ path: `${SCREENSHOTS}/notice-1280.png` });
    await notice.getByRole("button", { name: "关闭" }).click();
  });

  it("finds a clause by words of its original text, loaded when the picker is first focused", async () => {
    // Four characters of a clause's original text that no id, title or alias holds, nor any other clause's text.
    const words = (c: (typeof policy.clauses)[number]) => [c.id, c.title, ...c.aliases].join(" ");
    const found = policy.clauses.flatMap((clause) =>
      clause.original.flatMap((text) => [...text].map((_, i) => text.slice(i, i + 4))).filter((piece) =>
        piece.length === 4 && !/\s/.test(piece) && policy.clauses.every((c) => !words(c).includes(piece) && (c === clause || !c.original.some((o) => o.includes(piece)))),
      ).map((piece) => ({ clause, piece })),
    )[0]!;
    const fresh = await site.newPage();
    await openCalculator(fresh);
    await fresh.fill("#event-clause", found.piece);
    await expect(fresh.locator("#event-clause-list li").first().textContent()).resolves.toContain(`${found.clause.id} ${found.clause.title}`);
  });

  it("answers what one more infraction would do and how much headroom is left", async () => {
    await page.fill("#whatif-clause", "禁语");
    await page.press("#whatif-clause", "Enter");
    await page.locator(".whatif", { hasText: /积分 3 → 2 分/ }).waitFor();
    await expect(page.locator("[data-headroom=score]").textContent()).resolves.toMatch(/再扣 3 分（积分降到 0 分）将触发诫勉/);
  });

  it("shows a department fixture's result for every person and the directors", async () => {
    const dept = await site.newPage();
    await openCalculator(dept);
    await enterRecord(dept, fixture<Record>(DEPARTMENT, "record"));
    const expected = fixture<DepartmentResult>(DEPARTMENT, "result");
    for (const person of expected.people) {
      await dept.locator(".people-tabs button", { hasText: `${person.name}（` }).click();
      await expectPerson(dept, { ...person }, person.name);
    }
    for (const d of expected.directors) expect(await dept.textContent(`[data-result="director-${d.role}"]`)).toBe(formatMoney(d.fines));
  });

  it("has no WCAG 2.1 AA violation, empty or with results, in light and dark mode", async () => {
    for (const dark of [false, true]) {
      const fresh = await site.newPage({ dark });
      await openCalculator(fresh);
      expect(await axeViolations(fresh), "空记录").toEqual([]);
      await fresh.selectOption("select[name=example]", "直接评为D级");
      await fresh.getByRole("button", { name: "载入" }).click();
      await fresh.waitForSelector(".person-results");
      expect(await axeViolations(fresh), `示例${dark ? "（深色）" : ""}`).toEqual([]);
    }
  });

  it("shows a long record's first hundred rows, more on request, and one chart mark a day", async () => {
    const clause = plainMemberClause();
    const members = ["张三", "王五"];
    // 300 events on as many days, not in date order.
    const events = Array.from({ length: 300 }, (_, i) => ({ date: `2024-${String(1 + ((i * 7) % 12)).padStart(2, "0")}-${String(1 + (i % 25)).padStart(2, "0")}`, clause: clause.id, person: members[i % 2]! }));
    const record = { year: 2024, department: { manager: "李四", members }, events };
    const expected = departmentPerson(record, "张三");
    expect(expected.entries.length).toBeGreaterThan(100);

    const long = await site.newPage();
    await openCalculator(long);
    await long.setInputFiles("input[name=import]", { name: "全年.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(record)) });
    const rows = long.locator("table.events tbody tr");
    await expect.poll(() => rows.count()).toBe(100);
    const more = long.locator(".calc-input .table-more");
    await expect(more.textContent()).resolves.toContain("显示前 100 条，共 300 条");
    await more.getByRole("button", { name: "再显示 100 条" }).click();
    await expect.poll(() => rows.count()).toBe(200);
    await more.getByRole("button", { name: "全部显示" }).click();
    await expect.poll(() => rows.count()).toBe(300);
    expect(await more.count()).toBe(0);

    await long.locator(".people-tabs button", { hasText: "张三（" }).click();
    await expectPersonFigures(long, expected, "张三");
    await expect(long.locator("table.entries tbody tr").count()).resolves.toBe(100);
    await expect(long.locator(".calc-results .table-more").first().textContent()).resolves.toContain(`共 ${expected.entries.length} 条`);
    const days = new Set(expected.entries.map((e) => e.date)).size;
    await expect(long.locator("figure.timeline circle").count()).resolves.toBe(days);
    await long.locator("[data-headroom=score]").waitFor();
    expect(site.errors).toEqual([]);
  });

  it("lets a larger department's people be chosen from a list", async () => {
    const clause = plainMemberClause();
    const members = ["甲", "乙", "丙", "丁", "戊", "己", "庚"];
    const events = members.map((person, i) => ({ date: `2024-02-${String(i + 1).padStart(2, "0")}`, clause: clause.id, person }));
    const record = { year: 2024, department: { manager: "李四", members }, events };
    const expected = departmentPerson(record, "庚");
    const many = await site.newPage({ width: 360 });
    await openCalculator(many);
    await many.setInputFiles("input[name=import]", { name: "八人.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(record)) });
    const choose = many.getByLabel("选择人员");
    await choose.waitFor();
    expect(await many.locator(".people-tabs").count()).toBe(0);
    await choose.selectOption("庚");
    await expect.poll(() => many.locator(".person-results").getAttribute("data-person")).toBe("庚");
    await expectPerson(many, expected, "庚");
    expect(await axeViolations(many)).toEqual([]);
    // On paper the list is not printed; the result still says whose it is.
    await many.emulateMedia({ media: "print" });
    expect(await many.getByLabel("选择人员").isVisible()).toBe(false);
    await expect(many.locator(".person-name").textContent()).resolves.toBe(`庚（${expected.role}）`);
    expect(await many.locator(".person-name").isVisible()).toBe(true);
  });

  it("is screenshotted at 360 and 1280 pixels", async () => {
    for (const width of [360, 1280]) {
      const shot = await site.newPage({ width });
      await shot.goto(at(site, "calculator/") + "#example=" + encodeURIComponent("加倍不连乘"));
      await shot.waitForSelector(".person-results");
      const overflow = await shot.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `计算器在 ${width}px 下横向溢出`).toBeLessThanOrEqual(0);
      await shot.screenshot({ path: `${SCREENSHOTS}/calculator-${width}.png`, fullPage: true });
    }
    expect(site.errors).toEqual([]);
  });
});

describe("the calculator's parts a first, empty visit does not need", () => {
  /** The calculator's lazily loaded chunks a page has requested. */
  const LAZY = /\/_astro\/(ClauseInputs|RecordTables|validate-record)\./;
  const loaded = (requests: string[]) => [...new Set(requests.flatMap((url) => LAZY.exec(url)?.[1] ?? []))].sort();

  it("are loaded when asked for: a clause's inputs, the record's tables, and a bad record's problems in Chinese", async () => {
    const page = await site.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await openCalculator(page);
    await page.waitForLoadState("networkidle");
    expect(loaded(requests), "空记录的首次访问").toEqual([]);
    await expect(page.locator(".calc-input .empty").textContent()).resolves.toContain("还没有记录");

    await page.fill("input[name=year]", "2024");
    await page.press("input[name=year]", "Tab");
    const form = page.locator("form.event-form");
    const pick = async (clause: string) => {
      await page.fill("#event-clause", clause);
      await page.press("#event-clause", "Enter");
      await form.locator(".picked").waitFor();
    };
    await pick("处罚21");
    await form.locator("input[name=date]").fill("2024-03-01");
    await form.locator("input[name=points]").fill("1");
    await form.locator("input[name=fine]").fill("10");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => page.locator("table.events tbody tr").count()).toBe(1);
    await expect.poll(() => page.locator("table.entries tbody tr").count()).toBe(1);
    expect(loaded(requests), "添加一条记录之后").toEqual(["ClauseInputs", "RecordTables"]);

    // The form's own problem: a fine with three decimals.
    await pick("处罚21");
    await form.locator("input[name=fine]").fill("10.555");
    await form.locator("button[type=submit]").click();
    await form.locator(".form-errors", { hasText: "处罚21 的 fine 应为 0 到 1000000 之间、最多两位小数的数，实际为 10.555" }).waitFor();
    expect(loaded(requests)).toEqual(["ClauseInputs", "RecordTables", "validate-record"]);
    expect(await page.locator("table.events tbody tr").count()).toBe(1);

    // The record's problem: its event is no longer in its year.
    await page.fill("input[name=year]", "2023");
    await page.press("input[name=year]", "Tab");
    await page.locator(".calc-results .message.error li", { hasText: "events[0].date：日期 2024-03-01 不在记录年份 2023 年内" }).waitFor();
    await expect(page.locator("table.events .event-problem").textContent()).resolves.toBe("日期 2024-03-01 不在记录年份 2023 年内");
    expect(site.errors).toEqual([]);
  });

  it("say so when one fails to load, and the record is kept for a reload", async () => {
    const page = await site.newPage();
    // As after the site is updated under an open page: the parts' old files are gone.
    await page.route(/\/_astro\/(RecordTables|WhatIf)\./, (route) => route.abort());
    await openCalculator(page);
    await page.selectOption("select[name=example]", "直接评为D级");
    await page.getByRole("button", { name: "载入" }).click();
    const failed = page.locator(".message.error", { hasText: "页面的一部分没能加载" });
    await failed.waitFor();
    // The result shows without its tables, and the record is saved.
    await page.locator("[data-result=finalScore]").waitFor();
    expect(await page.locator("table.events").count()).toBe(0);

    await failed.getByRole("button", { name: "知道了" }).click();
    await page.fill("#whatif-clause", "禁语");
    await page.press("#whatif-clause", "Enter");
    await failed.waitFor();

    await page.unroute(/\/_astro\/(RecordTables|WhatIf)\./);
    await failed.getByRole("button", { name: "刷新页面" }).click();
    await page.waitForSelector(".calculator[data-ready]");
    await expect.poll(() => page.locator("table.events tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator(".message.error").count()).toBe(0);
  });
});

