"use client";

// GitHub, Google and email-link sign-in: shown only for the methods the server has set up.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { emailLinkAction } from "@/lib/actions/auth/send-sign-in-link";
import { oauthSignInAction } from "@/lib/actions/auth/sign-in-with-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function OtherSignIn({ github, google, email }: { github: boolean; google: boolean; email: boolean }) {
  const oauth = useAction(oauthSignInAction);
  const link = useAction(emailLinkAction);
  const [address, setAddress] = useState("");
  if (!github && !google && !email) return null;
  return (
    <div className="space-y-3 border-t border-line pt-4">
      {github && (
        <Button className="w-full" onClick={() => oauth.execute({ provider: "github" })} disabled={oauth.isPending}>
          Continue with GitHub
        </Button>
      )}
      {google && (
        <Button className="w-full" onClick={() => oauth.execute({ provider: "google" })} disabled={oauth.isPending}>
          Continue with Google
        </Button>
      )}
      {email && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            link.execute({ email: address });
          }}
        >
          <Field label="Or get a sign-in link by email" type="email" value={address} onChange={(e) => setAddress(e.target.value)} required />
          <Button type="submit" className="w-full" disabled={link.isPending}>
            Email me a link
          </Button>
        </form>
      )}
      {(oauth.result.serverError || link.result.serverError) && (
        <p role="alert" className="text-sm text-danger">
          {oauth.result.serverError ?? link.result.serverError}
        </p>
      )}
    </div>
  );
}
