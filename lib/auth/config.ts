// Auth.js: email + password always; GitHub, Google and email links when configured.
// Sessions are JWT cookies that carry only the id of a Session row (lib/db/users.ts), checked
// on every request, so signing out or being removed takes effect on the next request.
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { prisma } from "@/lib/db/client";
import { createSession, deleteSession, SESSION_DAYS } from "@/lib/db/users";
import { authorizePassword } from "./authorize";
import { authRedirect } from "./safe-redirect";
import { authSecrets } from "./secret";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}

function providers(env = process.env): Provider[] {
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authorizePassword(credentials, request),
    }),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push(GitHub);
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push(Google);
  if (env.EMAIL_SERVER && env.EMAIL_FROM) list.push(Nodemailer({ server: env.EMAIL_SERVER, from: env.EMAIL_FROM }));
  return list;
}

/** Which optional sign-in methods are configured, for the sign-in page. */
export function configuredProviders(env = process.env) {
  return {
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
    email: Boolean(env.EMAIL_SERVER && env.EMAIL_FROM),
  };
}

const config: NextAuthConfig = {
  // The adapter's types come from the default @prisma/client; ours is generated elsewhere
  // but has the same model delegates.
  adapter: PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]),
  providers: providers(),
  secret: authSecrets(),
  // Self-hosted: trust the Host header (set AUTH_URL behind a proxy that rewrites it).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 3600 },
  pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in?check-email=1" },
  logger: {
    // A wrong password is the form's business (it says so), not a server error with a stack.
    error(error) {
      // The type, not the name: class names don't survive minification.
      const type = "type" in error ? String(error.type) : error.name;
      if (type === "CredentialsSignin") return;
      console.error(`[auth][error] ${type}:`, error);
    },
  },
  callbacks: {
    // Every callbackUrl (sign-in, sign-out, OAuth, email links) ends on a path of this site.
    redirect: authRedirect,
    async jwt({ token, user }) {
      // `user` is present only at sign-in: that is when the server-side session is born.
      if (user?.id) {
        token.sid = await createSession(user.id);
        token.sub = user.id;
      }
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await deleteSession(sid);
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
