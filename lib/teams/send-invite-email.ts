// Emails an invitation link when the server has mail set up (EMAIL_SERVER and EMAIL_FROM).
import "server-only";
import nodemailer from "nodemailer";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { INVITE_DAYS } from "@/lib/db/invites";

export type InviteEmailStatus = "sent" | "failed" | "not-configured";

export function mailConfigured(): boolean {
  return Boolean(process.env.EMAIL_SERVER && process.env.EMAIL_FROM);
}

export async function sendInviteEmail(opts: {
  to: string;
  url: string;
  teamName: string;
  inviterName: string;
  role: Role;
}): Promise<InviteEmailStatus> {
  const server = process.env.EMAIL_SERVER;
  const from = process.env.EMAIL_FROM;
  if (!server || !from) return "not-configured";
  const role = ROLE_LABELS[opts.role].label.toLowerCase();
  try {
    await nodemailer.createTransport(server).sendMail({
      from,
      to: opts.to,
      subject: `${opts.inviterName} invited you to ${opts.teamName} on Fresco`,
      text: [
        `${opts.inviterName} invited you to join ${opts.teamName} on Fresco as ${/^[aeiou]/.test(role) ? "an" : "a"} ${role}.`,
        "",
        `Accept the invitation: ${opts.url}`,
        "",
        `The link works once and expires in ${INVITE_DAYS} days. If you did not expect it, ignore this email.`,
      ].join("\n"),
    });
    return "sent";
  } catch (err) {
    // The link is still valid and shown to the inviter, who can share it another way.
    console.error("[invite-email]", err);
    return "failed";
  }
}
