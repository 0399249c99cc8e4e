/**
 * The page's side of the check worker. Only the newest text matters: while a check runs, later
 * requests replace each other, and a reply for an older text is dropped.
 */
import type { Report } from "./analyse";

export interface CheckRequest {
  id: number;
  text: string;
  file: string;
}

export type CheckReply = { id: number; report: Report; ms: number } | { id: number; failure: string };

/** A check of `text` as `file`: by the checker (with its time), or made when the handbook was built (no time). */
export type Checked = { text: string; file: string; report: Report; ms?: number } | { text: string; file: string; failure: string };

export class Checker {
  private readonly worker: Worker;
  private nextId = 1;
  private running: CheckRequest | null = null;
  private waiting: CheckRequest | null = null;

  constructor(private readonly deliver: (checked: Checked) => void) {
    this.worker = new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (e: MessageEvent<CheckReply>) => this.reply(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      const { text, file } = this.running ?? { text: "", file: "" };
      this.running = null;
      this.deliver({ text, file, failure: e.message || "检查程序无法启动" });
    };
  }

  check(text: string, file: string): void {
    const request = { id: this.nextId++, text, file };
    if (this.running) this.waiting = request;
    else this.send(request);
  }

  dispose(): void {
    this.worker.terminate();
  }

  private send(request: CheckRequest): void {
    this.running = request;
    this.worker.postMessage(request);
  }

  private reply(reply: CheckReply): void {
    const request = this.running;
    this.running = null;
    if (this.waiting) {
      const next = this.waiting;
      this.waiting = null;
      this.send(next);
      return;
    }
    if (!request || request.id !== reply.id) return;
    const { text, file } = request;
    this.deliver("failure" in reply ? { text, file, failure: reply.failure } : { text, file, report: reply.report, ms: reply.ms });
  }
}
