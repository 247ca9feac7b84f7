"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";

export function SignInForm({ invite }: { invite?: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { execute, result, isPending } = useAction(signInAction);
  const errors = fieldErrors(result.validationErrors);
  const failure = result.data?.error ?? result.serverError;

  return (
    <form
      className="space-y-4"
      aria-label="Sign in"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ email, password, invite });
      }}
    >
      <Field label="Email" type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      <Field
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      {failure && (
        <p role="alert" className="rounded bg-danger/10 p-2 text-sm text-danger" data-testid="auth-error">
          {failure}
        </p>
      )}
      <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link href={invite ? `/sign-up?invite=${invite}` : "/sign-up"} className="text-accent underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </form>
  );
}
