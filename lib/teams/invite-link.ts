// Where an emailed invitation should point. The page shows the link built from the browser's
// own address; an email has no browser, so the server works the address out here.
import "server-only";
import { headers } from "next/headers";

export const invitePath = (token: string) => `/invite/${token}`;

export async function inviteUrl(token: string): Promise<string> {
  return `${await siteOrigin()}${invitePath(token)}`;
}

async function siteOrigin(): Promise<string> {
  // Behind a proxy the Host header can be an internal name; AUTH_URL is the public one.
  const configured = process.env.AUTH_URL;
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  const h = await headers();
  const host = first(h.get("x-forwarded-host")) ?? h.get("host") ?? "localhost:3000";
  // Next's own server speaks plain HTTP; a TLS proxy in front says so in x-forwarded-proto.
  const proto = first(h.get("x-forwarded-proto")) ?? "http";
  return `${proto}://${host}`;
}

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;
