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

/** "Ada's project": the name of a person's starting project. */
export function defaultProjectName(person: { name: string | null; email: string }): string {
  const who = person.name?.trim() || person.email;
  return `${who}'s project`.slice(0, PROJECT_NAME_MAX);
}

/** What the studio's project switcher shows. */
export interface StudioProjects {
  current: CurrentProject;
  projects: CurrentProject[];
}
