"use client";

import { LogOut } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { signOutAction } from "@/lib/actions/auth/sign-out";

/** Who is signed in and Sign out; `detailed` (in the menu) shows the email too, which the bar has no room for. */
export function UserMenu({ name, email, role, detailed = false }: { name: string; email: string; role: string; detailed?: boolean }) {
  const { execute, isPending } = useAction(signOutAction);
  return (
    <div className="flex min-w-0 items-center gap-2 border-l border-line pl-3">
      <div className={`leading-tight ${detailed ? "min-w-0" : "text-right"}`}>
        <div className="text-sm" data-testid="user-name">
          {name}
        </div>
        <div className="text-xs capitalize text-muted" data-testid="user-role">
          {role}
        </div>
        {detailed && <div className="truncate text-xs text-muted">{email}</div>}
      </div>
      <button
        type="button"
        onClick={() => execute()}
        disabled={isPending}
        aria-label="Sign out"
        title="Sign out"
        data-testid="sign-out"
        className="grid size-8 place-items-center rounded text-muted hover:bg-raised hover:text-fg"
      >
        <LogOut className="size-4" aria-hidden />
      </button>
    </div>
  );
}
