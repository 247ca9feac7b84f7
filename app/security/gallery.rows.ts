// Cross-team rows for the gallery: starring an image, and GET /api/gallery with another team's
// project as its filter (the same "not found" as a missing project). Doors that take no id of a
// team's object: the gallery lists the caller's team only, and another team's author as a filter
// finds nothing, while the team's own author finds their work (the control).
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { who } from "@/lib/testing/signed-in";
import { favouriteImageAction } from "@/lib/actions/gallery/favourite-image";
import * as galleryRoute from "@/app/api/gallery/route";
import { a, b, bImage, served, succeeded, type Row, type SessionRow } from "./fixture";

const aGallery = {} as { projectId: string };

export async function setUpGallery() {
  aGallery.projectId = (await prisma.project.create({ data: { teamId: a.teamId, name: "A's board" } })).id;
}

async function gallery(query: string) {
  const res = await galleryRoute.GET(new Request(`http://localhost/api/gallery?${query}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.text() };
}
const idsIn = (body: string) => (JSON.parse(body) as { items: { id: string }[] }).items.map((i) => i.id);
const bProject = async () => (await prisma.project.create({ data: { teamId: b.teamId, name: "B's board" } })).id;

export const galleryRows: Row[] = [
  { name: "star an image", door: "favouriteImageAction", call: (id) => favouriteImageAction({ imageId: id, favourite: true }), foreign: () => a.imageId, own: bImage, ok: succeeded },
  { name: "GET the gallery of a project", door: "GET /api/gallery", call: (id) => gallery(`project=${id}`), foreign: () => aGallery.projectId, own: bProject, ok: served },
];

export const gallerySessionRows: SessionRow[] = [
  {
    door: "GET /api/gallery",
    name: "lists the caller's team only; another team's author finds nothing, the team's own finds their work",
    act: async () => {
      who.current = b.owner;
      const all = await gallery("");
      expect(all.status).toBe(200);
      expect(idsIn(all.body)).toContain(b.imageId);
      expect(idsIn(all.body)).not.toContain(a.imageId);
      expect(idsIn((await gallery("q=secret")).body)).not.toContain(a.imageId);
      expect(idsIn((await gallery(`author=${a.owner.user.id}`)).body)).toEqual([]);
      expect(idsIn((await gallery(`author=${b.owner.user.id}`)).body)).toContain(b.imageId);
    },
  },
];
