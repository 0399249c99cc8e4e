/**
 * The check worker: parser, checker and engine run here, so that typing never waits for a check.
 * One message in ({ id, text, file }), one message out ({ id, report, ms } or { id, failure }).
 */
import { analyse } from "./analyse";
import type { CheckReply, CheckRequest } from "./checker";

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(reply: CheckReply): void };

scope.onmessage = ({ data }) => {
  const started = performance.now();
  try {
    const report = analyse(data.text, data.file);
    scope.postMessage({ id: data.id, report, ms: performance.now() - started });
  } catch (e) {
    // A checker bug must not leave the page waiting: say so instead of a result.
    scope.postMessage({ id: data.id, failure: e instanceof Error ? e.message : String(e) });
  }
};
