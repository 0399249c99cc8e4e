/**
 * The shipped policy as policy-notes.md states it, built by hand while the real parser is being
 * written. Tests get it only through `loadTestPolicy()`, so that swapping in the real loader on
 * policy/*.policy is a one-line change.
 */
import { Policy, type Amount, type Clause, type Liability, type Span } from "../../src/check/schema";

const SPAN: Span = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

const fixed = (value: number): Amount => ({ kind: "fixed", value });
const range = (min: number, max: number): Amount => ({ kind: "range", min, max });
const discretion: Amount = { kind: "discretion" };
const none: Amount = { kind: "none" };

const manager = (points: Amount, money: Amount): Liability => ({ kind: "fixed", role: "科长", points, money, span: SPAN });
const directorShare = (role: string): Liability => ({ kind: "share", role, percent: range(10, 20), span: SPAN });
const daily = (group: string, measure: "count" | "event"): Liability => ({
  kind: "daily",
  role: "科长",
  group,
  threshold: { op: ">=", value: 3, written: "inclusive" },
  measure,
  unit: "人次",
  points: fixed(1),
  money: fixed(50),
  span: SPAN,
});

interface ClauseOptions {
  unit?: string;
  tags?: string[];
  liability?: Liability[];
  noRepeat?: boolean;
  role?: string;
  aliases?: string[];
}

function clause(id: string, title: string, category: string, points: Amount, money: Amount, options: ClauseOptions = {}): Clause {
  return {
    id,
    title,
    category,
    role: options.role ?? "员工",
    original: [title],
    notes: [],
    points,
    money,
    unit: options.unit ?? null,
    tags: options.tags ?? [],
    aliases: options.aliases ?? [],
    noRepeat: options.noRepeat ?? false,
    liability: options.liability ?? [],
    headings: [],
    span: SPAN,
  };
}

const complaint = ["客户投诉"];
const managerOneHundred = [manager(fixed(1), fixed(100))];

const clauses: Clause[] = [
  clause("奖励1", "月度服务明星", "奖励", fixed(1), fixed(100)),
  clause("奖励2", "建设性意见被采纳推广", "奖励", fixed(1), fixed(100)),
  clause("奖励3.1", "表扬信或市级以上主要媒体报道", "奖励", fixed(2), none),
  clause("奖励3.2", "省级主要媒体报道", "奖励", fixed(3), none),
  clause("奖励4", "识别堵截金融诈骗", "奖励", fixed(3), none),
  clause("奖励5", "受上级行通报表扬", "奖励", fixed(2), none),
  clause("奖励6", "容忍克制、妥善处理无理取闹", "奖励", range(1, 3), range(50, 300)),
  clause("奖励7", "技术测评一级能手", "奖励", fixed(1), fixed(200)),
  clause("奖励8", "省行技能比赛前三名", "奖励", range(1, 3), range(200, 600)),
  clause("管理1", "组织传达、学习文优规范不及时", "管理", fixed(2), fixed(200), { role: "科长" }),
  clause("管理2", "上级文优检查排名最末", "管理", fixed(5), fixed(500), {
    role: "科长",
    liability: [{ kind: "fixed", role: "主管主任", points: none, money: fixed(300), span: SPAN }],
  }),
  clause("处罚1.1", "无故不参加晨训", "处罚", fixed(1), fixed(50), { unit: "人次", liability: [daily("晨训考勤", "count")] }),
  clause("处罚1.2", "迟到、早退、中途离岗未登记", "处罚", fixed(1), fixed(100), { unit: "人次", liability: [daily("晨训考勤", "count")], aliases: ["迟到", "早退"] }),
  clause("处罚2", "未按规定做班前准备", "处罚", fixed(1), fixed(50), { unit: "项", liability: [daily("班前准备", "event")] }),
  clause("处罚3.1", "仪容、举止、用语、接待不符合流程等", "处罚", fixed(1), fixed(50), { unit: "项" }),
  clause("处罚3.2", "非营业区人员进入、违规开门或接待", "处罚", fixed(2), fixed(100)),
  clause("处罚4", "使用服务禁语或禁用手势", "处罚", fixed(1), fixed(100)),
  clause("处罚5", "未用文明用语、规范动作、星级柜员牌", "处罚", fixed(1), fixed(100), { unit: "项" }),
  clause("处罚6", "会客过长、带小孩进入办公区等", "处罚", fixed(1), fixed(100)),
  clause("处罚7", "串岗聊天、吃东西、玩游戏等", "处罚", fixed(2), fixed(200), { unit: "项", liability: managerOneHundred }),
  clause("处罚8", "柜组无人接待等引起投诉或抱怨", "处罚", range(2, 3), range(200, 300), { unit: "项", liability: managerOneHundred }),
  clause("处罚9", "解释处理不当引起客户不满", "处罚", fixed(1), fixed(50)),
  clause("处罚10", "与客户争吵、争执，或答复严重不正确", "处罚", fixed(3), fixed(300), { liability: managerOneHundred }),
  clause("处罚11.1", "未执行首问负责制", "处罚", fixed(1), fixed(100)),
  clause("处罚11.2", "应办不办、推诿、拖延、扯皮", "处罚", range(2, 3), range(200, 300)),
  clause("处罚12", "柜台脏乱差、着装不合规定", "处罚", fixed(1), fixed(100)),
  clause("处罚13", "擅自离岗半小时以上", "处罚", range(1, 3), range(100, 300)),
  clause("处罚14", "营业时间内不办理业务", "处罚", range(2, 3), range(200, 300), { liability: managerOneHundred }),
  clause("处罚15", "星级柜员牌开机率、满意率、评价率不达标", "处罚", fixed(1), fixed(100)),
  clause("处罚16", "电话响6声无人接听或不用文明用语", "处罚", discretion, discretion),
  clause("处罚17", "叫号违规、差错、不主动叫号", "处罚", fixed(1), fixed(100), { unit: "项" }),
  clause("处罚18", "意见簿或意见箱中被点名批评", "处罚", fixed(2), fixed(200)),
  clause("处罚19.1", "服务规范差、使用忌语，被投诉属实", "处罚", range(2, 5), range(200, 500), { tags: complaint }),
  clause("处罚19.2", "客户投诉到分行或分行以上", "处罚", range(3, 8), range(300, 800), {
    tags: complaint,
    liability: [manager(range(2, 4), range(200, 400))],
  }),
  clause("处罚19.3", "被新闻媒体曝光", "处罚", range(5, 10), range(500, 1000), {
    tags: complaint,
    liability: [manager(range(2, 5), range(200, 500)), directorShare("主任"), directorShare("主管主任")],
  }),
  clause("处罚20", "业务技能、考试达不到要求", "处罚", fixed(2), fixed(200), { unit: "人次" }),
  clause("处罚21", "其他违规行为", "处罚", discretion, discretion),
  clause("处罚22", "罚款逾期两日不交", "处罚", fixed(1), none, { noRepeat: true }),
];

const capRule = (id: string, score: [">=" | "<=" | ">" | "<", number], complaints: [">=" | "<=" | ">" | "<", number], cap: string, text: string) => ({
  id,
  score: { op: score[0], value: score[1], written: "inclusive" as const },
  complaints: { op: complaints[0], value: complaints[1], written: "inclusive" as const },
  cap,
  text,
  span: SPAN,
});

const POLICY: Policy = Policy.parse({
  title: "文明优质服务管理办法",
  effective: "2006-01-01",
  version: "2006",
  basePoints: 12,
  roles: [
    { id: "员工", title: "员工", kind: "member", span: SPAN },
    { id: "科长", title: "科长（所主任）", kind: "manager", span: SPAN },
    { id: "主任", title: "营业部主任", kind: "other", span: SPAN },
    { id: "主管主任", title: "主管主任", kind: "other", span: SPAN },
  ],
  categories: [
    { id: "奖励", title: "奖励", direction: "award", span: SPAN },
    { id: "处罚", title: "处罚", direction: "deduct", span: SPAN },
    { id: "管理", title: "管理责任处罚", direction: "deduct", span: SPAN },
  ],
  tags: [{ id: "客户投诉", title: "客户投诉", span: SPAN }],
  defaultLiability: {
    role: "科长",
    shares: [
      { responsibility: "员工", percent: 50 },
      { responsibility: "管理", percent: 100 },
    ],
    span: SPAN,
  },
  repeat: { windowDays: 30, factor: 2, span: SPAN },
  interventions: [
    { kind: "score", reason: "积分扣完", bound: { op: "<=", value: 0, written: "symbol" }, span: SPAN },
    { kind: "frequency", reason: "30天内违规3次", count: 3, windowDays: 30, reset: true, span: SPAN },
  ],
  consequences: [
    { text: "戒勉谈话", money: null },
    { text: "下岗培训", money: null },
    { text: "下岗工资", money: 450 },
    { text: "不得参加当月绩效工资分配", money: null },
  ],
  lateFine: { dueDays: 3, graceDays: 2, clause: "处罚22", span: SPAN },
  grading: {
    grades: ["A级以上", "A", "B", "C", "D"],
    complaintTag: "客户投诉",
    rules: [
      capRule("评级1", ["<=", 10], [">=", 1], "B", "不得评为A级及A级以上"),
      capRule("评级2", ["<=", 8], [">=", 2], "B", "最高不得超过B级"),
      capRule("评级3", ["<=", 6], [">=", 3], "C", "最高不得超过C级"),
      { ...capRule("评级4", ["<", 6], [">", 3], "D", "直接评为D级"), score: { op: "<", value: 6, written: "exclusive" }, complaints: { op: ">", value: 3, written: "exclusive" } },
    ],
    span: SPAN,
  },
  clauses,
  document: [],
  examples: [],
});

/** The policy the engine tests run against. Later: the real loader on policy/*.policy. */
export function loadTestPolicy(): Policy {
  return POLICY;
}
