/**
 * The editor taking over its page: rendered again over the elements the build wrote (Preact reuses
 * them, so the text box keeps its focus), with the text as the reader has it now.
 */
import { render } from "preact";
import Editor from "./Editor";
import type { ShippedCheck } from "./shipped";

/** `check`: the published text's check, used only if it is of the same build as the page. */
export function mount(root: HTMLElement, check: ShippedCheck | null): void {
  const area = root.querySelector<HTMLTextAreaElement>("#policy-text")!;
  const picker = root.querySelector<HTMLInputElement>("input[type=file]");
  const report = check && check.version === root.dataset.version ? check.report : null;
  const shipped = { file: root.dataset.file ?? "", text: area.defaultValue };
  const { value, selectionStart, selectionEnd, selectionDirection, scrollTop, scrollLeft } = area;
  const editing = document.activeElement === area;
  // Preact would move the editor in front of any text beside it, and a moved text box loses focus.
  for (const node of [...root.childNodes]) if (node.nodeType !== Node.ELEMENT_NODE) node.remove();
  render(<Editor shipped={shipped} report={report} text={value} editing={editing} />, root);
  // Rendering replaces the box's initial content (not what is typed in it), which moves the caret.
  if (area.value === value) {
    area.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    area.scrollTop = scrollTop;
    area.scrollLeft = scrollLeft;
  }
  // A file chosen before the editor took over.
  if (picker?.files?.length) picker.dispatchEvent(new Event("change"));
}
