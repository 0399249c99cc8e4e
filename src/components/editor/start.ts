/**
 * The editor page's only script at first: it waits until the reader uses the editor (focuses or
 * touches any part of it), then loads the editor (mount.tsx) and the published text's check, and
 * hands over. Nothing typed meanwhile is lost (the text box works on its own), and a button pressed
 * meanwhile is pressed again once the editor has taken over.
 */
import type { ShippedCheck } from "./shipped";

export function startOnFirstUse(root: HTMLElement): void {
  let started = false;
  let mounted = false;
  let pressed: HTMLButtonElement | null = null;

  const state = (text: string) => {
    const line = root.querySelector(".check-state");
    if (line) line.textContent = text;
  };
  const start = () => {
    if (started) return;
    started = true;
    const check = fetch(root.dataset.check ?? "")
      .then((r) => (r.ok ? (r.json() as Promise<ShippedCheck>) : null))
      .catch(() => null);
    Promise.all([import("./mount"), check])
      .then(([{ mount }, shipped]) => {
        mounted = true;
        mount(root, shipped);
        if (pressed?.isConnected && !pressed.disabled) pressed.click();
      })
      .catch(() => state("编辑器没有加载成功：请检查网络，然后刷新页面。"));
  };

  for (const type of ["focusin", "pointerdown", "input", "change"]) root.addEventListener(type, start, { capture: true });
  // The text is no longer the one checked: say so until the checker has seen it.
  root.addEventListener("input", () => {
    if (mounted) return;
    root.querySelector(".editor")?.setAttribute("data-pending", "");
    state("正在加载检查器…");
  });
  root.addEventListener("click", (e) => {
    const button = (e.target as Element).closest("button");
    if (mounted || !button) return;
    e.preventDefault();
    e.stopPropagation();
    pressed = button;
  }, { capture: true });
}
