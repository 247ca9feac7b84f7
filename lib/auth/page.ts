// The door for pages: signed-out people go to sign-in, people without a team to the welcome
// page where they create or join one.
import "server-only";
import { redirect } from "next/navigation";
import { resolveMember, type Member } from "./member";

export async function requirePageMember(): Promise<Member> {
  const resolved = await resolveMember();
  if (resolved.status === "signed-out") redirect("/sign-in");
  if (resolved.status === "no-team") redirect("/welcome");
  return resolved.member;
}
