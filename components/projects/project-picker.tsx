"use client";

// A project picker (the studio's switcher, the gallery's filter, "Move to project…"): an
// editable combobox (WAI-ARIA's list autocomplete) that offers the few recently used projects
// the page sent and, as the person types, the team's projects whose name holds the text, asked
// of the server. A team with hundreds of projects sends a page of ten, not all of them.
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { CurrentProject } from "@/lib/views/project";
import { useProjectSearch } from "./use-project-search";

const LIST_PLACES = {
  below: "absolute left-0 top-full z-40 mt-1 min-w-56 shadow-lg",
  above: "absolute bottom-full left-0 z-40 mb-1 min-w-56 shadow-lg",
  inline: "mt-1",
} as const;

type Item = { key: string; label: string; project: CurrentProject | null; create?: boolean };

export interface ProjectPickerProps {
  /** The visible label, also the listbox's name. */
  label: string;
  value: CurrentProject | null;
  /** The team's recently used projects, newest first, as the page read them. */
  recent: CurrentProject[];
  onChange: (project: CurrentProject | null) => void;
  /** A choice for "no project" (the gallery's "All projects"), first in the list. */
  anyLabel?: string;
  /** A project never offered: the one the work is already in. */
  exclude?: string;
  /** "New project…" as the list's last row. */
  onCreate?: () => void;
  /** Where the list opens: below the field, above it (a bar at the bottom of the screen), or in
   * the flow under it (inside a modal dialog, whose box would clip a floating list). */
  list?: "below" | "above" | "inline";
  disabled?: boolean;
  /** Label beside the field (the studio) or above it (forms). */
  inline?: boolean;
  /** Focused when it appears (a dialog's first field: ConfirmDialog looks for data-autofocus). */
  autoFocus?: boolean;
  testId?: string;
  className?: string;
}

export function ProjectPicker(props: ProjectPickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const search = useProjectSearch(open ? query : "");
  const items = itemsFor(props, search.state === "done" ? search.projects : search.state === "idle" ? props.recent : []);
  const shown = props.value?.name ?? props.anyLabel ?? "";

  useEffect(() => {
    if (open) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [open, active, id]);
  // Closed with the focus kept (a choice, Escape): the name is selected, so typing replaces it.
  useEffect(() => {
    if (!open && document.activeElement === input.current) input.current?.select();
  }, [open, shown]);

  const show = () => {
    setQuery("");
    setActive(Math.max(0, items.findIndex((i) => i.project?.id === props.value?.id && !i.create)));
    setOpen(true);
  };
  const close = () => (setOpen(false), setQuery(""));
  const choose = (item: Item | undefined) => {
    if (!item) return;
    close();
    if (item.create) props.onCreate?.();
    else if (item.project?.id !== props.value?.id) props.onChange(item.project);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return show();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(items.length - 1, 0)));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && open) {
      // Only the list closes, not the dialog or panel around it.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === "Tab" && open) close();
  };

  const status = !open ? "" : search.state === "searching" ? "Searching…" : search.state === "failed" ? search.message : !items.some((i) => i.project) && query.trim() ? `No project matches “${query.trim()}”.` : "";
  const field = (
    <span className="relative block min-w-0 flex-1">
      <span className="relative block">
        <input
          ref={input}
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={open && items[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus={props.autoFocus}
          data-autofocus={props.autoFocus || undefined}
          disabled={props.disabled}
          data-testid={props.testId}
          value={open ? query : shown}
          placeholder={open ? "Search projects…" : undefined}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => (open ? undefined : show())}
          onChange={(e) => (setQuery(e.target.value), setActive(0), setOpen(true))}
          onBlur={close}
          onKeyDown={onKeyDown}
          className="w-full min-w-0 truncate rounded border border-line bg-raised py-1.5 pl-2 pr-7 text-sm font-medium text-fg placeholder:font-normal placeholder:text-muted focus:border-accent focus:outline-none disabled:opacity-60"
        />
        <ChevronsUpDown className="pointer-events-none absolute right-2 top-1/2 size-3.5 -translate-y-1/2 text-muted" aria-hidden />
      </span>
      <div
        hidden={!open}
        className={`w-full overflow-hidden rounded-lg border border-line bg-surface ${LIST_PLACES[props.list ?? "below"]}`}
        data-testid={props.testId ? `${props.testId}-popup` : undefined}
      >
        {search.state === "idle" && props.recent.length > 0 && <p className="px-3 pt-2 text-[11px] font-medium uppercase tracking-wide text-muted">Recent</p>}
        <ul id={`${id}-list`} role="listbox" aria-label={props.label} className="max-h-64 overflow-y-auto p-1">
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(item)}
              className={`flex cursor-pointer items-center gap-2 rounded px-2 py-2 text-sm sm:py-1.5 ${i === active ? "bg-raised text-fg" : "text-fg/90"} ${item.create ? "text-accent" : ""}`}
            >
              {item.create ? <Plus className="size-3.5 shrink-0" aria-hidden /> : <Check className={`size-3.5 shrink-0 ${!item.create && item.project?.id === props.value?.id ? "text-accent" : "invisible"}`} aria-hidden />}
              <span className="truncate">{item.label}</span>
            </li>
          ))}
        </ul>
        <p role="status" className={status ? "px-3 pb-2 pt-1 text-xs text-muted" : "sr-only"}>
          {status}
        </p>
        {search.state === "idle" && <p className="border-t border-line px-3 py-1.5 text-[11px] leading-snug text-muted">Type a name to find any other project.</p>}
      </div>
    </span>
  );

  return (
    <div className={`${props.inline ? "flex items-center gap-2" : "space-y-1"} ${props.className ?? ""}`}>
      <label htmlFor={`${id}-input`} className={props.inline ? "shrink-0 text-xs font-medium uppercase tracking-wide text-muted" : "block text-xs font-medium text-muted"}>
        {props.label}
      </label>
      {field}
    </div>
  );
}

/** The rows: "any" first while nothing is typed, the project in use, the found ones, "New…". */
function itemsFor(props: ProjectPickerProps, found: CurrentProject[]): Item[] {
  const browsing = found === props.recent;
  const projects = browsing && props.value && !found.some((p) => p.id === props.value!.id) ? [props.value, ...found] : found;
  const items: Item[] = projects.filter((p) => p.id !== props.exclude).map((p) => ({ key: p.id, label: p.name, project: p }));
  if (browsing && props.anyLabel !== undefined) items.unshift({ key: "any", label: props.anyLabel, project: null });
  if (props.onCreate) items.push({ key: "new", label: "New project…", project: null, create: true });
  return items;
}
