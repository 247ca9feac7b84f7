// An edit's mask as the editor drew it, read back to restore it. Team-scoped: another team's
// id finds nothing, exactly like a missing one.
import "server-only";
import { maskStateSchema, type SerializedMask } from "@/lib/canvas/mask-state";
import { prisma } from "./client";

/** Null when the generation is not the team's, or has no stored mask state (older edits). */
export async function getMaskState(opts: { teamId: string; id: string }): Promise<SerializedMask | null> {
  const row = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { maskState: true } });
  if (!row || row.maskState === null) return null;
  // Stored by Fresco after the same check; a row that no longer parses is treated as having none.
  const parsed = maskStateSchema.safeParse(row.maskState);
  return parsed.success ? parsed.data : null;
}
