// Dates render on the server and again in the browser; a fixed locale and zone keep both equal.
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** "a member", "an owner": roles read as a sentence. */
export function initials(name: string | null, email: string): string {
  const words = (name ?? email).trim().split(/[\s@._-]+/).filter(Boolean);
  return words.slice(0, 2).map((w) => w[0]?.toUpperCase() ?? "").join("") || "?";
}
