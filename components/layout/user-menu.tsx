"use client";

import { LogOut } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { signOutAction } from "@/lib/actions/auth/sign-out";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const { execute, isPending } = useAction(signOutAction);
  return (
    <div className="flex items-center gap-2 border-l border-line pl-3">
      <div className="hidden text-right leading-tight sm:block" title={email}>
        <div className="text-sm" data-testid="user-name">
          {name}
        </div>
        <div className="text-xs capitalize text-muted" data-testid="user-role">
          {role}
        </div>
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
