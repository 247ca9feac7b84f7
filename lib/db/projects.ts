// Projects (boards) of a team, each person's default one, and the studio's current project.
// Every function takes the team id: another team's project id answers exactly as a missing one.
import "server-only";
import { AppError } from "@/lib/errors";
import { defaultProjectName, type CurrentProject } from "@/lib/views/project";
import { prisma } from "./client";

export const PROJECT_NOT_FOUND = "That project was not found in this team. Choose another one.";

export interface ProjectRow {
  id: string;
  name: string;
  createdById: string | null;
  defaultForId: string | null;
}

const projectSelect = { id: true, name: true, createdById: true, defaultForId: true } as const;

/** The team's project, or NOT_FOUND (for another team's id too). */
export async function getProject(opts: { teamId: string; projectId: string }): Promise<ProjectRow> {
  const row = await prisma.project.findFirst({ where: { id: opts.projectId, teamId: opts.teamId }, select: projectSelect });
  if (!row) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
  return row;
}

/** The project a generation of the team is in; null when it is in none (or not the team's). */
export async function projectOfGeneration(opts: { teamId: string; generationId: string }): Promise<CurrentProject | null> {
  const row = await prisma.generation.findFirst({
    where: { id: opts.generationId, teamId: opts.teamId },
    select: { project: { select: { id: true, name: true } } },
  });
  return row?.project ?? null;
}

/** The project of each of the team's images among `imageIds` (another team's image is not there). */
export async function projectsOfImages(opts: { teamId: string; imageIds: string[] }): Promise<Map<string, string>> {
  if (opts.imageIds.length === 0) return new Map();
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.imageIds }, generation: { teamId: opts.teamId } },
    select: { id: true, generation: { select: { projectId: true } } },
  });
  return new Map(rows.flatMap((r) => (r.generation.projectId ? [[r.id, r.generation.projectId] as const] : [])));
}

/**
 * The person's starting project in this team, made the first time it is needed. Two requests
 * at once both try to create it; the unique (teamId, defaultForId) lets one win and the other
 * read the winner's row.
 */
export async function ensureDefaultProject(opts: { teamId: string; userId: string; name: string }): Promise<ProjectRow> {
  const where = { teamId: opts.teamId, defaultForId: opts.userId };
  const existing = await prisma.project.findFirst({ where, select: projectSelect });
  if (existing) return existing;
  try {
    return await prisma.project.create({
      data: { ...where, name: opts.name, createdById: opts.userId },
      select: projectSelect,
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return prisma.project.findFirstOrThrow({ where, select: projectSelect });
  }
}

/**
 * The project the studio is in for this person: the one they chose, or their default project
 * when none was chosen, or the chosen one was deleted (the column is then null) or is not this
 * team's.
 */
export async function currentProject(opts: { teamId: string; userId: string }): Promise<CurrentProject> {
  const desk = await prisma.workingState.findUnique({
    where: { userId_teamId: { userId: opts.userId, teamId: opts.teamId } },
    select: { project: { select: { id: true, name: true, teamId: true } } },
  });
  const chosen = desk?.project;
  if (chosen && chosen.teamId === opts.teamId) return { id: chosen.id, name: chosen.name };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { name: true, email: true } });
  const fallback = await ensureDefaultProject({ ...opts, name: defaultProjectName(user) });
  return { id: fallback.id, name: fallback.name };
}

/** Makes `projectId` the studio's current project; writes only that column of the desk. */
export async function chooseProject(opts: { teamId: string; userId: string; projectId: string }): Promise<CurrentProject> {
  const project = await getProject(opts);
  const key = { userId: opts.userId, teamId: opts.teamId };
  await prisma.workingState.upsert({ where: { userId_teamId: key }, create: { ...key, projectId: project.id }, update: { projectId: project.id } });
  return { id: project.id, name: project.name };
}

export async function createProject(opts: { teamId: string; userId: string; name: string }): Promise<CurrentProject> {
  return prisma.project.create({ data: { teamId: opts.teamId, name: opts.name, createdById: opts.userId }, select: { id: true, name: true } });
}

export async function renameProject(opts: { teamId: string; projectId: string; name: string }): Promise<void> {
  const { count } = await prisma.project.updateMany({ where: { id: opts.projectId, teamId: opts.teamId }, data: { name: opts.name } });
  if (count === 0) throw new AppError("NOT_FOUND", PROJECT_NOT_FOUND);
}

/** Deletes an empty project that is nobody's default; work is never deleted with a project. */
export async function deleteProject(opts: { teamId: string; projectId: string }): Promise<void> {
  const project = await getProject(opts);
  if (project.defaultForId) {
    throw new AppError("CONFLICT", "This is someone's starting project, so it stays. Rename it instead.");
  }
  const used = await prisma.generation.count({ where: { projectId: project.id } });
  if (used > 0) throw notEmpty(used);
  try {
    await prisma.project.delete({ where: { id: project.id } });
  } catch (err) {
    // Work arrived after the count: the foreign key (ON DELETE RESTRICT) keeps the project.
    if (errorCode(err) === "P2003") throw notEmpty(1);
    throw err;
  }
}

function notEmpty(n: number): AppError {
  const what = n === 1 ? "1 generation" : `${n} generations`;
  return new AppError("CONFLICT", `This project still holds ${what}. Move them to another project first; only an empty project can be deleted.`);
}

function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? (err as { code: unknown }).code : undefined;
}

function isUniqueViolation(err: unknown): boolean {
  return errorCode(err) === "P2002";
}
