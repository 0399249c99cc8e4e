/** Examples put into words for the examples page. */
import type { Example, ExampleEvent, Expectation } from "../check/schema";

export function exampleEventFields(ev: ExampleEvent): string[] {
  const out: string[] = [];
  if (ev.count !== undefined) out.push(`数量 ${ev.count}`);
  if (ev.points !== undefined) out.push(`分值 ${ev.points}`);
  if (ev.fine !== undefined) out.push(`金额 ${ev.fine} 元`);
  if (ev.finePaidOn !== undefined) out.push(`${ev.finePaidOn} 缴款`);
  if (ev.responsibility !== undefined) out.push(`“${ev.responsibility}”责任`);
  if (ev.managerPoints !== undefined) out.push(`连带 ${ev.managerPoints} 分`);
  if (ev.managerFine !== undefined) out.push(`连带 ${ev.managerFine} 元`);
  if (ev.directorShare !== undefined) out.push(`比例 ${ev.directorShare}%`);
  return out;
}

function figures(complaints: string): [keyof Expectation, string, string][] {
  return [
  ["finalScore", "年底积分", "分"],
  ["pointsDeducted", "扣分", "分"],
  ["pointsAwarded", "加分", "分"],
  ["fines", "罚款", "元"],
  ["rewards", "奖金", "元"],
  ["violations", "违规", "次"],
  ["complaints", complaints, "次"],
  ];
}

/** `complaints` is the complaint tag's title. */
export function expectationLines(example: Example, complaints: string): string[] {
  return example.expect.map((x) => {
    const who = x.who ?? (example.subject.kind === "person" ? example.subject.name : "");
    const parts = figures(complaints).flatMap(([key, label, unit]) => {
      const v = x[key];
      return typeof v === "number" ? [`${label} ${v} ${unit}`] : [];
    });
    if (x.interventions) parts.push(x.interventions.length === 0 ? "无诫勉" : `诫勉：${x.interventions.map((i) => `${i.date}（${i.reason}）`).join("、")}`);
    if (x.gradeCap !== undefined) parts.push(x.gradeCap === null ? "评级不设上限" : `评级最高 ${x.gradeCap}`);
    return `${who}：${parts.join("，")}`;
  });
}
