/**
 * The checked policy as the handbook would show it: the clause table (worded like the 速查表) and
 * each example's outcome. When the text has an error, the last good preview stays, marked stale.
 */
import type { ExampleOutcome, Preview } from "./analyse";

interface Props {
  preview: Preview | null;
  stale: boolean;
}

export function PreviewPane({ preview, stale }: Props) {
  return (
    <section class="preview" aria-labelledby="preview-heading" data-stale={stale ? "" : undefined}>
      <h2 id="preview-heading">预览</h2>
      {stale && <p class="stale-note">预览为上次无错误的版本：文本现在有错误，改正后预览会更新。</p>}
      {preview === null ? <p>文本有错误，改正后这里显示条款和示例。</p> : <PreviewBody preview={preview} />}
    </section>
  );
}

function PreviewBody({ preview }: { preview: Preview }) {
  const passed = preview.examples.filter((e) => e.passed).length;
  return (
    <>
      <p class="meta">{preview.title} · 版本 {preview.version} · {preview.effective} 起施行</p>
      <h3 id="preview-clauses">条款（{preview.clauses.length} 条）</h3>
      <div class="table-wrap" role="region" aria-labelledby="preview-clauses" tabIndex={0}>
        <table class="preview-clauses">
          <thead>
            <tr>
              <th scope="col">条款</th>
              <th scope="col" class="wide-only">类别</th>
              <th scope="col" class="num">积分</th>
              <th scope="col" class="num">金额</th>
              <th scope="col" class="wide-only">单位</th>
              <th scope="col" class="wide-only">{preview.complaintTitle}</th>
            </tr>
          </thead>
          <tbody>
            {preview.clauses.map((r) => (
              <tr key={r.id} data-clause={r.id}>
                <td><span class="clause-id">{r.id}</span> <span class="row-title">{r.title}</span></td>
                <td class="wide-only">{r.categoryTitle}</td>
                <td class={`num ${r.direction}`}>{r.points}</td>
                <td class={`num ${r.direction}`}>{r.money}</td>
                <td class="wide-only">{r.unit}</td>
                <td class="wide-only">{r.complaint ? "是" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>示例（{passed} / {preview.examples.length} 个结果相符）</h3>
      {preview.examples.length === 0 ? <p>本办法没有示例。</p> : <ul class="outcomes">{preview.examples.map((e) => <Outcome key={e.id} outcome={e} />)}</ul>}
    </>
  );
}

function Outcome({ outcome }: { outcome: ExampleOutcome }) {
  return (
    <li class={`outcome ${outcome.passed ? "passed" : "failed"}`} data-example={outcome.id}>
      <p class="outcome-head">
        <span class="verdict">{outcome.passed ? "✓ 相符" : "✗ 不符"}</span> <strong>{outcome.id}</strong> {outcome.title}
      </p>
      <ul class="expected">{outcome.expected.map((line, i) => <li key={i}>预期 {line}</li>)}</ul>
      {outcome.failures.length > 0 && <ul class="failures">{outcome.failures.map((f, i) => <li key={i}>{f}</li>)}</ul>}
      {outcome.actual.map((a, i) => <p key={i} class="actual">{a}</p>)}
    </li>
  );
}
