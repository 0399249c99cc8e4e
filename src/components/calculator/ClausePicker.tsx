/** A combobox for clauses: type an id or words (title, 别名), pick with the arrow keys and Enter, or click. */
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Clause } from "../../check/schema";
import { matchClauses } from "./model/clause-search";

interface Props {
  id: string;
  label: string;
  clauses: readonly Clause[];
  value: string | null;
  onChange: (clauseId: string | null) => void;
  /** Called as the picker gets focus (to load what a chosen clause needs). */
  onFocus?: () => void;
  describe: (clause: Clause) => string;
}

export function ClausePicker({ id, label, clauses, value, onChange, onFocus, describe }: Props) {
  const selected = clauses.find((c) => c.id === value) ?? null;
  const [text, setText] = useState(selected ? `${selected.id} ${selected.title}` : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The clauses' original text is searched too, loaded when the picker is first focused.
  const [originals, setOriginals] = useState<{ [clauseId: string]: string[] }>({});
  const shownFor = useRef<string | null>(value);
  // Closing on blur waits for a click on an option; focusing or typing again cancels it.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepOpen = () => {
    clearTimeout(closing.current);
    setOpen(true);
  };
  // The text follows the value when the value changes from outside (editing another event);
  // a layout effect, so that it runs before any further keystroke is handled.
  useLayoutEffect(() => {
    if (shownFor.current === value) return;
    shownFor.current = value;
    setText(selected ? `${selected.id} ${selected.title}` : "");
  }, [value]);
  const matches = useMemo(() => matchClauses(clauses, selected && text === `${selected.id} ${selected.title}` ? "" : text, originals), [clauses, text, selected, originals]);
  const listId = `${id}-list`;

  function choose(clause: Clause) {
    shownFor.current = clause.id;
    setText(`${clause.id} ${clause.title}`);
    setOpen(false);
    onChange(clause.id);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      keepOpen();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && matches[active] && (open || (!selected && text.trim() !== ""))) {
      e.preventDefault();
      choose(matches[active]!);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${id}-opt-${active}` : undefined}
        placeholder="编号、标题或别名，如：迟到"
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          keepOpen();
          setActive(0);
          if (selected) {
            shownFor.current = null;
            onChange(null);
          }
        }}
        onFocus={() => {
          keepOpen();
          onFocus?.();
          void import("virtual:calculator-texts").then((texts) => setOriginals(texts.originals));
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} class="picker-list" hidden={!open || matches.length === 0}>
        {matches.map((clause, i) => (
          <li
            id={`${id}-opt-${i}`}
            key={clause.id}
            role="option"
            aria-selected={i === active}
            class={i === active ? "active" : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(clause);
            }}
          >
            <span class="clause-id">{clause.id}</span> {clause.title}
            <small>{describe(clause)}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
