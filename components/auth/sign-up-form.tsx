"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { signUpAction } from "@/lib/actions/auth/sign-up";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { MIN_PASSWORD } from "@/lib/auth/schemas";

export function SignUpForm({ invite }: { invite?: { token: string; teamName: string } }) {
  const [form, setForm] = useState({ name: "", email: "", password: "", teamName: "" });
  const { execute, result, isPending } = useAction(signUpAction);
  const errors = fieldErrors(result.validationErrors);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });

  return (
    <form
      className="space-y-4"
      aria-label="Create an account"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ ...form, invite: invite?.token });
      }}
    >
      <Field label="Your name" name="name" autoComplete="name" required value={form.name} onChange={set("name")} error={errors.name} />
      <Field label="Email" type="email" name="email" autoComplete="email" required value={form.email} onChange={set("email")} error={errors.email} />
      <Field
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        value={form.password}
        onChange={set("password")}
        error={errors.password}
        hint={`At least ${MIN_PASSWORD} characters.`}
      />
      {!invite && (
        <Field
          label="Team name"
          name="teamName"
          placeholder="e.g. Northwind Creative"
          value={form.teamName}
          onChange={set("teamName")}
          error={errors.teamName}
          hint="You can invite people once it exists."
        />
      )}
      {result.serverError && (
        <p role="alert" className="rounded bg-danger/10 p-2 text-sm text-danger" data-testid="auth-error">
          {result.serverError}
        </p>
      )}
      <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending}>
        {isPending ? "Creating your account…" : invite ? `Create account and join ${invite.teamName}` : "Create account and team"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href={invite ? `/sign-in?invite=${invite.token}` : "/sign-in"} className="text-accent underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </form>
  );
}
