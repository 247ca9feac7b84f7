// Moving work between a team's projects: a generation (all its candidates), optionally with
// everything made from it. Descendants are found step by step within the team only: another
// team's generation can never hang off this team's image, and is never touched if one did.
import "server-only";
import { AppError } from "@/lib/errors";
import { prisma } from "./client";
import { getProject } from "./projects";
import { NOT_FOUND } from "./teams";

/** Who made it and where it is, for the ownership rule; NOT_FOUND for another team's id. */
export async function findGenerationForMove(opts: { teamId: string; generationId: string }) {
  const row = await prisma.generation.findFirst({
    where: { id: opts.generationId, teamId: opts.teamId },
    select: { id: true, createdById: true, projectId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

/**
 * The generations made from `rootId`'s images, from theirs, and so on: generations whose parent
 * image belongs to a generation already in the set. Breadth first, one query per level.
 */
export async function descendantsOf(opts: { teamId: string; rootId: string }): Promise<string[]> {
  const seen = new Set([opts.rootId]);
  let frontier = [opts.rootId];
  while (frontier.length > 0) {
    const children = await prisma.generation.findMany({
      where: { teamId: opts.teamId, parentImage: { generationId: { in: frontier } } },
      select: { id: true },
    });
    frontier = children.map((c) => c.id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  seen.delete(opts.rootId);
  return [...seen];
}

/** Moves the generation (and its descendants when asked) into another project of the team. */
export async function moveGeneration(opts: {
  teamId: string;
  generationId: string;
  projectId: string;
  withDescendants: boolean;
}): Promise<{ moved: number; project: { id: string; name: string } }> {
  const { teamId } = opts;
  const [generation, project] = await Promise.all([
    findGenerationForMove({ teamId, generationId: opts.generationId }),
    getProject({ teamId, projectId: opts.projectId }),
  ]);
  const ids = opts.withDescendants ? [generation.id, ...(await descendantsOf({ teamId, rootId: generation.id }))] : [generation.id];
  const { count } = await prisma.generation.updateMany({ where: { id: { in: ids }, teamId }, data: { projectId: project.id } });
  return { moved: count, project: { id: project.id, name: project.name } };
}
