// Sorting a bulk request's ids by who may act on them: found in the team (one query), and the
// person's own work or anyone's with delete-any (lib/auth/ownership.ts).
import "server-only";
import type { Member } from "@/lib/auth/member";
import { canManage } from "@/lib/auth/ownership";
import { imagesForTrash } from "@/lib/db/trash";
import { emptyOutcome, type BulkOutcome } from "@/lib/views/bulk";

export async function sortForTrash(member: Member, ids: string[], want: "in" | "out"): Promise<{ allowed: string[]; outcome: BulkOutcome }> {
  const outcome = emptyOutcome();
  const found = new Map((await imagesForTrash({ teamId: member.team.id, ids })).map((r) => [r.id, r]));
  const allowed: string[] = [];
  for (const id of ids) {
    const row = found.get(id);
    if (!row) outcome.notFound.push(id);
    else if (!canManage(member, row)) outcome.forbidden.push(id);
    else if (want === "in" && row.trashed) outcome.skipped.push({ id, reason: "already in the trash" });
    else if (want === "out" && !row.trashed) outcome.skipped.push({ id, reason: "not in the trash" });
    else allowed.push(id);
  }
  return { allowed, outcome };
}
