"use client";

// A row of mutually exclusive options (a radio group that looks like buttons).
export interface SegmentedOption<T extends string> {
  value: T;
  label: React.ReactNode;
  title?: string;
  disabled?: boolean;
}

export function Segmented<T extends string>(props: {
  name: string;
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-xs font-medium text-muted">{props.label}</legend>
      <div role="radiogroup" aria-label={props.label} className="flex gap-1 rounded-lg bg-raised p-1">
        {props.options.map((opt) => {
          const checked = opt.value === props.value;
          return (
            <label
              key={opt.value}
              title={opt.title}
              className={`flex flex-1 cursor-pointer flex-col items-center gap-1 rounded px-1.5 py-1 text-xs transition has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-40 ${
                checked ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg"
              }`}
            >
              <input
                type="radio"
                className="sr-only"
                name={props.name}
                value={opt.value}
                checked={checked}
                disabled={opt.disabled}
                onChange={() => props.onChange(opt.value)}
              />
              {opt.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
