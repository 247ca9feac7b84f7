// A labelled text input with its error underneath, wired for screen readers.
import { useId } from "react";

export function Field(props: React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  const { label, error, hint, className = "", ...input } = props;
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className={`w-full rounded border border-line bg-raised px-3 py-2 text-base placeholder:text-muted/60 focus:border-accent focus:outline-none aria-[invalid=true]:border-danger ${className}`}
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-danger" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The first message per field from a next-safe-action validation result. */
export function fieldErrors(validationErrors: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (!validationErrors || typeof validationErrors !== "object") return out;
  for (const [key, value] of Object.entries(validationErrors as Record<string, { _errors?: string[] }>)) {
    if (key !== "_errors" && value?._errors?.[0]) out[key] = value._errors[0];
  }
  return out;
}
