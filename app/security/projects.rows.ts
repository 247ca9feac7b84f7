// Cross-team rows for projects: rename, delete, choose, move work into one, and the project a
// new generation or edit is sent to.
import sharp from "sharp";
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { createProject } from "@/lib/db/projects";
import { who } from "@/lib/testing/signed-in";
import { makeGeneration } from "@/lib/testing/people";
import { chooseProjectAction } from "@/lib/actions/projects/choose-project";
import { createProjectAction } from "@/lib/actions/projects/create-project";
import { deleteProjectAction } from "@/lib/actions/projects/delete-project";
import { moveGenerationAction } from "@/lib/actions/projects/move-generation";
import { renameProjectAction } from "@/lib/actions/projects/rename-project";
import { createGenerationAction } from "@/lib/actions/generations/create-generation";
import { GET as searchProjectsRoute } from "@/app/api/projects/route";
import { postEdit } from "./generations.rows";
import { a, b, editForm, served, succeeded, type Row, type SessionRow } from "./fixture";

const aProjects = {} as { projectId: string; emptyId: string };
/** Made once: a call that made them would change the snapshot the refused call is held to. */
const bFixed = {} as { projectId: string; generationId: string };
let photo: Uint8Array<ArrayBuffer>;

export async function setUpProjects() {
  photo = new Uint8Array(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a6" } }).png().toBuffer());
  aProjects.projectId = (await createProject({ teamId: a.teamId, userId: a.owner.user.id, name: "A's board" })).id;
  aProjects.emptyId = (await createProject({ teamId: a.teamId, userId: a.owner.user.id, name: "A's empty board" })).id;
  bFixed.projectId = await bProject("B's target board");
  bFixed.generationId = await bGeneration();
}

const bProject = async (name = "B's board") => (await createProject({ teamId: b.teamId, userId: b.owner.user.id, name })).id;
const bGeneration = async () => (await makeGeneration(b.teamId, b.owner.user.id)).id;

export const projectRows: Row[] = [
  {
    name: "rename a project", door: "renameProjectAction",
    call: (id) => renameProjectAction({ projectId: id, name: "Renamed by B" }),
    foreign: () => aProjects.projectId,
    own: () => bProject(),
    ok: succeeded,
  },
  {
    name: "delete an empty project", door: "deleteProjectAction",
    call: (id) => deleteProjectAction({ projectId: id }),
    foreign: () => aProjects.emptyId,
    own: () => bProject("B's empty board"),
    ok: succeeded,
  },
  {
    name: "work in a project", door: "chooseProjectAction",
    call: (id) => chooseProjectAction({ projectId: id }),
    foreign: () => aProjects.projectId,
    own: () => bProject(),
    ok: succeeded,
  },
  {
    name: "move another team's generation into one's project", door: "moveGenerationAction",
    call: (id) => moveGenerationAction({ generationId: id, projectId: bFixed.projectId, withDescendants: true }),
    foreign: () => a.generationId,
    own: bGeneration,
    ok: succeeded,
  },
  {
    name: "move one's generation into another team's project", door: "moveGenerationAction",
    call: (id) => moveGenerationAction({ generationId: bFixed.generationId, projectId: id }),
    foreign: () => aProjects.projectId,
    own: () => bProject(),
    ok: succeeded,
  },
  {
    name: "generate into another team's project", door: "createGenerationAction",
    call: (id) => createGenerationAction({ params: { prompt: "b's request", quality: "low" }, idempotencyKey: crypto.randomUUID(), projectId: id }),
    foreign: () => aProjects.projectId,
    own: () => bProject(),
    ok: succeeded,
  },
  {
    name: "edit an upload into another team's project", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [uploadPng()], projectId: id })),
    foreign: () => aProjects.projectId,
    own: () => bProject(),
    ok: served,
  },
];

export const projectSessionRows: SessionRow[] = [
  {
    door: "GET /api/projects",
    name: "the pickers' search finds the caller's team's projects only; a viewer may search (the gallery filter), finding the same",
    act: async () => {
      const search = async (q: string) => {
        const res = await searchProjectsRoute(new Request(`http://localhost/api/projects?q=${encodeURIComponent(q)}`), { params: Promise.resolve({}) });
        expect(res.status).toBe(200);
        return ((await res.json()) as { projects: { id: string }[] }).projects.map((p) => p.id);
      };
      for (const person of [b.owner, b.viewer]) {
        who.current = person;
        // Team A's board is named "A's board": the same words find only B's own (the control).
        expect(await search("board")).not.toContain(aProjects.projectId);
        expect(await search("A's board")).toEqual([]);
        expect(await search("B's target")).toEqual([bFixed.projectId]);
      }
    },
  },
  {
    door: "createProjectAction",
    name: "a new project is the caller's team's",
    act: async () => {
      who.current = b.owner;
      const { data } = await createProjectAction({ name: "B's new board", choose: true });
      expect((await prisma.project.findUniqueOrThrow({ where: { id: data!.project.id } })).teamId).toBe(b.teamId);
    },
  },
];

/** A fresh upload each call: a File's body is read once. */
const uploadPng = () => new File([photo], "photo.png", { type: "image/png" });
