"use client";

// Asks before something that cannot be undone. The native <dialog> opened with showModal()
// traps focus, makes the page behind inert and closes on Escape. Mount it to open it and
// unmount it to close it, so a typed confirmation never survives into the next opening.
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ConfirmDialog(props: {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  /** Receives the typed confirmation, so the server can check it too. */
  onConfirm: (typed: string) => void;
  onClose: () => void;
  pending?: boolean;
  /** The server's answer when it refused, shown inside the dialog so the context stays. */
  error?: string;
  /** When set, the person must type this text before the confirm button works. */
  confirmText?: string;
  tone?: "danger" | "default";
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [typed, setTyped] = useState("");
  const matches = props.confirmText === undefined || typed.trim() === props.confirmText.trim();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The text field when there is one; otherwise Cancel, the safe choice.
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      // No dialog.close() here: it would fire onClose, and React's dev-mode double effect would
      // then close the dialog it just opened. Unmounting removes it from the top layer anyway.
      if (!dialog.isConnected && returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      data-testid="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={props.onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget && !props.pending) props.onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (matches && !props.pending) props.onConfirm(typed);
        }}
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {props.title}
          </h2>
          <div id={bodyId} className="space-y-2 text-sm text-muted">
            {props.children}
          </div>
          {props.confirmText !== undefined && (
            <Field
              label={`Type ${props.confirmText} to confirm`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              data-testid="confirm-input"
              data-autofocus
            />
          )}
          {props.error && (
            <p role="alert" className="rounded border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
              {props.error}
            </p>
          )}
        </div>
        <footer className="flex justify-end gap-2 border-t border-line px-5 py-3">
          <Button onClick={props.onClose} disabled={props.pending} data-autofocus={props.confirmText === undefined ? true : undefined}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={props.tone === "default" ? "primary" : "danger"}
            disabled={!matches || props.pending}
            data-testid="confirm-button"
          >
            {props.pending ? "Working…" : props.confirmLabel}
          </Button>
        </footer>
      </form>
    </dialog>
  );
}
