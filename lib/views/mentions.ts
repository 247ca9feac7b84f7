// @mentions in a comment: "@ari", "@arilee" (a name without its spaces) or "@ari.lee" (the part
// of an email before the @), matched only against the members of the comment's team, so a
// mention can never reach, or reveal, anyone outside it. A first name alone counts only when
// exactly one member has it.
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})/gu;

export interface Mentionable {
  id: string;
  name: string | null;
  email: string;
}

/** The words written after an @, lowercased, without a trailing full stop. */
export function mentionTokens(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => m[1]!.replace(/[._-]+$/, "").toLowerCase()))];
}

/** The ids of the team members the body mentions (in the team's order, each once). */
export function mentionedMembers(body: string, members: readonly Mentionable[]): string[] {
  const tokens = new Set(mentionTokens(body));
  if (tokens.size === 0) return [];
  const firstNames = new Map<string, number>();
  for (const m of members) {
    const first = firstName(m);
    if (first) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  return members
    .filter((m) => {
      const keys = [m.email.split("@")[0]!.toLowerCase(), (m.name ?? "").replace(/\s+/g, "").toLowerCase()];
      const first = firstName(m);
      if (first && firstNames.get(first) === 1) keys.push(first);
      return keys.some((k) => k && tokens.has(k));
    })
    .map((m) => m.id);
}

function firstName(m: Mentionable): string | null {
  const first = (m.name ?? "").trim().split(/\s+/)[0]?.toLowerCase();
  return first || null;
}
