// Deleting work: rows first, then releaseBlobs removes the files that no row of any team
// points at any more: one rule for every delete.
import "server-only";
import { deleteGenerationRows } from "@/lib/db/deletions";
import { deleteTeam } from "@/lib/db/teams";
import { releaseBlobs } from "./release-blobs";

export async function deleteGeneration(opts: { teamId: string; id: string }): Promise<void> {
  await releaseBlobs(await deleteGenerationRows(opts));
}

/** Deletes the team with everything in it, then the files no other team shares. */
export async function deleteTeamAndFiles(opts: { teamId: string }): Promise<void> {
  await releaseBlobs(await deleteTeam(opts));
}
