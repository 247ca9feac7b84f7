// Projects (boards) as the browser sees them: the list's cards, the studio's current project,
// and the one rule for a project's name, shared by the forms and the actions.
import { z } from "zod";

const id = z.string().min(1).max(64);

export const PROJECT_NAME_MAX = 80;

/** A project's name as a person types it: trimmed, 1–80 characters. */
export const projectNameSchema = z
  .string({ error: "Give the project a name." })
  .trim()
  .min(1, "Give the project a name.")
  .max(PROJECT_NAME_MAX, `A project name is at most ${PROJECT_NAME_MAX} characters.`);

export const projectIdSchema = id;

/** The project the studio is working in. */
export const currentProjectSchema = z.object({ id, name: z.string() });
export type CurrentProject = z.infer<typeof currentProjectSchema>;

/** One card on /projects. */
export const projectSummarySchema = z.object({
  id,
  name: z.string(),
  /** Whose starting project this is (it cannot be deleted); null for projects made on purpose. */
  defaultForId: z.string().nullable(),
  createdById: z.string().nullable(),
  generations: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  /** The sum of known costs, an exact decimal string. */
  costUsd: z.string(),
  /** Runs whose cost nobody knows: the sum is then a lower bound. */
  unknownCosts: z.number().int().nonnegative(),
  /** ISO time of the newest generation, or of the project's creation when it is empty. */
  lastActivityAt: z.string(),
  /** The newest image kept in it (not discarded), for the card's cover. */
  coverImageId: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

/** Where a page of /projects ends: its last card's activity time and id (keyset, never OFFSET). */
export const projectPageKeySchema = z.object({ at: z.iso.datetime(), id });
export type ProjectPageKey = z.infer<typeof projectPageKeySchema>;

/** A page of cards, the most recently active first, and the address of the next (null: the last). */
export interface ProjectPage {
  items: ProjectSummary[];
  next: string | null;
}

/** "Ada's project": the name of a person's starting project. */
export function defaultProjectName(person: { name: string | null; email: string }): string {
  const who = person.name?.trim() || person.email;
  return `${who}'s project`.slice(0, PROJECT_NAME_MAX);
}

/** What the studio's project switcher shows. */
export interface StudioProjects {
  current: CurrentProject;
  /** The team's most recently used few, newest first: the picker asks the server for others. */
  projects: CurrentProject[];
}

/** What a project picker's search sends (GET /api/projects?q=): a part of a name. */
export const projectSearchSchema = z.object({
  q: z.string().max(PROJECT_NAME_MAX, `Search for at most ${PROJECT_NAME_MAX} characters of a project's name.`).default(""),
});

/** What it answers: the team's matching projects, most recently used first, a few at most. */
export const projectMatchesSchema = z.object({ projects: z.array(currentProjectSchema) });
export type ProjectMatches = z.infer<typeof projectMatchesSchema>;
