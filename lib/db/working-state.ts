// A person's unsent studio work in one team (WorkingState.state). Only that column is written
// here: the same row's projectId belongs to lib/db/projects.ts. Image ids are kept only when
// they are the team's, on save and again on read (an image may be deleted in between), so a
// foreign id restores nothing and says nothing about the other team.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseWorkingState, WORKING_STATE_VERSION, type SavedEdit, type SavedGenerate, type WorkingState, type WorkingStateSave } from "@/lib/views/working-state";
import { prisma } from "./client";

type Who = { teamId: string; userId: string };
const key = ({ teamId, userId }: Who) => ({ userId_teamId: { userId, teamId } });

/** The saved state with only the team's images in it; null when nothing (usable) was saved. */
export async function getWorkingState(who: Who): Promise<WorkingState | null> {
  const row = await prisma.workingState.findUnique({ where: key(who), select: { state: true } });
  const state = parseWorkingState(row?.state);
  return state && (await keepTeamImages(who.teamId, state));
}

/** Replaces the posted parts (generate, edit) and leaves the others as they were. */
export async function saveWorkingState(who: Who, save: WorkingStateSave): Promise<WorkingState> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.workingState.findUnique({ where: key(who), select: { state: true } });
    const before = parseWorkingState(row?.state) ?? { version: WORKING_STATE_VERSION };
    const merged: WorkingState = { ...before, ...(save.generate && { generate: save.generate }), ...(save.edit && { edit: save.edit }) };
    const state = await keepTeamImages(who.teamId, merged, tx);
    const json = state as unknown as Prisma.InputJsonValue;
    // A row made here has no project yet: the projects code fills it when it needs it.
    await tx.workingState.upsert({ where: key(who), create: { userId: who.userId, teamId: who.teamId, state: json }, update: { state: json } });
    return state;
  });
}

type Db = Pick<typeof prisma, "image">;

async function keepTeamImages(teamId: string, state: WorkingState, db: Db = prisma): Promise<WorkingState> {
  const { generate, edit } = state;
  const asked = [generate?.selectedImageId, edit?.baseImageId, ...(edit?.referenceImageIds ?? [])].filter((id): id is string => Boolean(id));
  if (asked.length === 0) return state;
  const rows = await db.image.findMany({ where: { id: { in: [...new Set(asked)] }, generation: { teamId } }, select: { id: true } });
  const ours = new Set(rows.map((r) => r.id));
  return { ...state, ...(generate && { generate: keptGenerate(generate, ours) }), ...(edit && { edit: keptEdit(edit, ours) }) };
}

function keptGenerate(g: SavedGenerate, ours: Set<string>): SavedGenerate {
  const { selectedImageId, ...rest } = g;
  return selectedImageId && ours.has(selectedImageId) ? g : rest;
}

function keptEdit(e: SavedEdit, ours: Set<string>): SavedEdit {
  const { baseImageId, mask, ...rest } = e;
  const referenceImageIds = e.referenceImageIds.filter((id) => ours.has(id));
  // The mask is drawn on the base: without the base there is nothing to draw it on.
  if (!baseImageId || !ours.has(baseImageId)) return { ...rest, referenceImageIds };
  return { ...rest, referenceImageIds, baseImageId, ...(mask && { mask }) };
}
