/**
 * The calculator never loses a record: an unreadable stored value is kept aside and offered for
 * download, an unversioned record is migrated, an import can be undone, and clearing offers an export.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkText } from "../../src/check/index";
import { at } from "./browser";
import { useSite } from "./use-site";

const POLICY_FILE = "policy/文明优质服务管理办法.policy";
const policy = checkText(readFileSync(POLICY_FILE, "utf8"), { file: POLICY_FILE }).policy!;
const KEY = `wenyou-calculator:v1:${policy.title}:record`;
const LEGACY = `wenyou-calculator:${policy.title}:record`;
const ASIDE = `wenyou-calculator:${policy.title}:kept-aside:`;
const clause = policy.clauses.find((c) => c.id === "处罚4") ? "处罚4" : policy.clauses[0]!.id;
const record = (name: string, events = 1) => ({
  year: 2024,
  person: { name },
  events: Array.from({ length: events }, (_, i) => ({ date: `2024-03-${String(i + 1).padStart(2, "0")}`, clause })),
});

const site = useSite();

/** A fresh browser whose localStorage holds `items` before the calculator's first load. */
async function calculatorWith(items: { [key: string]: string }): Promise<Page> {
  const page = await site.newPage();
  await page.goto(at(site, "guide/"));
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, items);
  await page.goto(at(site, "calculator/"));
  await page.waitForSelector(".calculator[data-ready]");
  return page;
}

const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

describe("stored records", () => {
  it("keep an unreadable value aside, say so in Chinese and offer it for download", async () => {
    const bad = '{"version":1,"record":{"year":2024,"person":{"name":"张三"},"events":[{"date":"2024-13-01"';
    const page = await calculatorWith({ [KEY]: bad });
    const message = page.locator(".message.error", { hasText: "本机保存的记录无法读取" });
    await message.waitFor();
    expect(await message.textContent()).toContain("已原样另存");
    const [file] = await Promise.all([page.waitForEvent("download"), message.getByRole("button", { name: "下载无法读取的记录" }).click()]);
    expect(readFileSync(await file.path(), "utf8")).toBe(bad);
    // Edit the (now empty) record: it is saved, and the bad value is still there, untouched.
    await page.fill("input[name=name]", "李四");
    await page.press("input[name=name]", "Tab");
    await expect.poll(async () => JSON.parse((await storage(page))[KEY] ?? "null")?.record?.person?.name).toBe("李四");
    const stored = await storage(page);
    const aside = Object.keys(stored).filter((k) => k.startsWith(ASIDE));
    expect(aside).toHaveLength(1);
    expect(stored[aside[0]!]).toBe(bad);
    // A reload finds a good record and keeps the bad one.
    await page.reload();
    await page.waitForSelector(".calculator[data-ready]");
    expect(await page.inputValue("input[name=name]")).toBe("李四");
    expect((await storage(page))[aside[0]!]).toBe(bad);
  });

  it("keep aside a record that parses but does not validate, and one of an unknown version", async () => {
    const invalid = JSON.stringify({ version: 1, record: { year: 2024, person: { name: "王五" }, events: [{ date: "2024-01-02", clause: "处罚99" }] } });
    const page = await calculatorWith({ [KEY]: invalid });
    await page.locator(".message.error", { hasText: "处罚99" }).waitFor();
    expect(Object.entries(await storage(page)).filter(([k, v]) => k.startsWith(ASIDE) && v === invalid)).toHaveLength(1);
    const future = JSON.stringify({ version: 9, record: record("王五") });
    const other = await calculatorWith({ [KEY]: future });
    await other.locator(".message.error", { hasText: "版本“9”" }).waitFor();
    expect(Object.entries(await storage(other)).filter(([k, v]) => k.startsWith(ASIDE) && v === future)).toHaveLength(1);
  });

  it("say so while a record cannot be saved, and offer its export", async () => {
    const page = await site.newPage();
    // A browser storage that takes no record of more than two events (as a full quota would).
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.endsWith(":record") && (JSON.parse(value) as { record: { events: unknown[] } }).record.events.length > 2) throw new DOMException("full", "QuotaExceededError");
        setItem.call(this, key, value);
      };
    });
    await page.goto(at(site, "calculator/"));
    await page.waitForSelector(".calculator[data-ready]");
    const big = record("周九", 5);
    await page.setInputFiles("input[name=import]", { name: "大.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(big)) });
    const unsaved = page.locator(".message.error", { hasText: "没能保存到本机" });
    await unsaved.waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), unsaved.getByRole("button", { name: "导出 JSON" }).click()]);
    expect(JSON.parse(readFileSync(await file.path(), "utf8"))).toEqual(big);
    // Once a save succeeds again, the warning goes.
    await page.getByRole("button", { name: "删除第 1 条" }).click();
    await page.getByRole("button", { name: "删除第 1 条" }).click();
    await page.getByRole("button", { name: "删除第 1 条" }).click();
    await expect.poll(() => unsaved.count()).toBe(0);
    expect(JSON.parse((await storage(page))[KEY]!).record.events).toHaveLength(2);
  });

  it("migrate the unversioned record of earlier releases", async () => {
    const old = record("赵六", 2);
    const page = await calculatorWith({ [LEGACY]: JSON.stringify(old) });
    await page.locator(".message.info", { hasText: "旧版记录升级" }).waitFor();
    expect(await page.inputValue("input[name=name]")).toBe("赵六");
    expect(await page.locator("table.events tbody tr").count()).toBe(2);
    const stored = await storage(page);
    expect(stored[LEGACY]).toBeUndefined();
    expect(JSON.parse(stored[KEY]!)).toEqual({ version: 1, record: old });
  });
});

describe("import and clear", () => {
  it("replace the record only after it validates, and an import can be undone", async () => {
    const page = await calculatorWith({ [KEY]: JSON.stringify({ version: 1, record: record("张三", 1) }) });
    expect(await page.inputValue("input[name=name]")).toBe("张三");
    await page.setInputFiles("input[name=import]", { name: "坏.json", mimeType: "application/json", buffer: Buffer.from('{"year": 2024') });
    await page.locator(".message.error", { hasText: "不是有效的 JSON" }).waitFor();
    expect(await page.inputValue("input[name=name]")).toBe("张三");
    await page.setInputFiles("input[name=import]", { name: "新.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(record("钱七", 3))) });
    await page.locator(".message.info", { hasText: "已导入 新.json" }).waitFor();
    expect(await page.inputValue("input[name=name]")).toBe("钱七");
    expect(await page.locator("table.events tbody tr").count()).toBe(3);
    await page.getByRole("button", { name: "撤销" }).click();
    await page.locator(".message.info", { hasText: "已撤销" }).waitFor();
    expect(await page.inputValue("input[name=name]")).toBe("张三");
    expect(await page.locator("table.events tbody tr").count()).toBe(1);
    await expect.poll(async () => JSON.parse((await storage(page))[KEY]!).record.person.name).toBe("张三");
  });

  it("clearing offers an export first, then clears, and can be undone", async () => {
    const page = await calculatorWith({ [KEY]: JSON.stringify({ version: 1, record: record("孙八", 2) }) });
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.getByRole("button", { name: "清空", exact: true }).click();
    const confirm = page.locator(".confirm-clear");
    await confirm.waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), confirm.getByRole("button", { name: "先导出" }).click()]);
    expect(JSON.parse(readFileSync(await file.path(), "utf8"))).toEqual(record("孙八", 2));
    expect(await page.inputValue("input[name=name]")).toBe("孙八");
    await confirm.getByRole("button", { name: "确认清空" }).click();
    await page.locator(".message.info", { hasText: "记录已清空" }).waitFor();
    expect(await page.locator("table.events tbody tr").count()).toBe(0);
    await page.getByRole("button", { name: "撤销" }).click();
    expect(await page.inputValue("input[name=name]")).toBe("孙八");
    expect(await page.locator("table.events tbody tr").count()).toBe(2);
    expect(dialogs).toBe(0);
    expect(site.errors).toEqual([]);
  });
});
