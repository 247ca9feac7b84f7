// The zip download through the real route, database and blob store: unzipped, it holds each
// image's own bytes under a readable name, a sidecar that matches the database, and a manifest;
// another team's ids, trashed images and foreign origins are kept out.
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const { prisma } = await import("@/lib/db/client");
const { readBlob } = await import("@/lib/storage/blob-store");
const { createProject } = await import("@/lib/db/projects");
const route = await import("./zip/route");
const { join, makeGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");

let owner: SignedIn, viewer: SignedIn, stranger: SignedIn;
let teamId = "", strangerTeam = "";

beforeAll(async () => {
  owner = await makePerson("Olga Zip");
  teamId = await makeTeam(owner, "Zip studio");
  viewer = await makePerson("Vic");
  await join(viewer, teamId, "viewer");
  stranger = await makePerson("Sam");
  strangerTeam = await makeTeam(stranger, "Elsewhere");
});

const post = (ids: string[], headers: Record<string, string> = { origin: "http://localhost", host: "localhost" }) => {
  const body = new URLSearchParams(ids.map((id) => ["ids", id]));
  return route.POST(new Request("http://localhost/api/gallery/zip", { method: "POST", body, headers }), { params: Promise.resolve({}) });
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("the zip download", () => {
  it("holds each image with its sidecar and a manifest, matching the database", async () => {
    const project = await createProject({ teamId, userId: owner.user.id, name: "Posters" });
    const first = await makeGeneration(teamId, owner.user.id);
    await prisma.generation.update({ where: { id: first.id }, data: { prompt: "A red fox / in snow!", projectId: project.id, costUsd: "0.0421", totalTokens: 1234 } });
    const second = await makeGeneration(teamId, owner.user.id);
    await prisma.image.update({ where: { id: second.images[0]!.id }, data: { reviewState: "approved" } });
    const ids = [first.images[0]!.id, second.images[0]!.id];
    const foreign = (await makeGeneration(strangerTeam, stranger.user.id)).images[0]!.id;
    who.current = viewer;

    const res = await post([...ids, foreign]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="fresco-2-images-\d{4}-\d\d-\d\d\.zip"$/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toHaveLength(5);
    const foxStem = `001 A red fox in snow (${ids[0]!.slice(-6)})`;
    expect(names).toEqual(expect.arrayContaining([`${foxStem}.png`, `${foxStem}.json`, "manifest.json"]));

    for (const id of ids) {
      const image = await prisma.image.findUniqueOrThrow({ where: { id }, include: { generation: { include: { project: true } } } });
      const sidecarName = names.find((n) => n.endsWith(`(${id.slice(-6)}).json`))!;
      const sidecar = JSON.parse(text(files[sidecarName]!));
      expect(Buffer.from(files[sidecar.file]!).equals(await readBlob(image.storageKey))).toBe(true);
      expect(sidecar).toMatchObject({
        imageId: id,
        prompt: image.generation.prompt,
        parameters: image.generation.params,
        model: image.generation.model,
        costUsd: image.generation.costUsd?.toString() ?? null,
        usage: { totalTokens: image.generation.totalTokens },
        created: image.createdAt.toISOString(),
        author: "Olga Zip",
        project: image.generation.project ? { id: project.id, name: "Posters" } : null,
        review: { state: image.reviewState },
      });
    }
    const manifest = JSON.parse(text(files["manifest.json"]!));
    expect(manifest).toMatchObject({ count: 2, missing: [] });
    expect(manifest.files.map((f: { imageId: string }) => f.imageId)).toEqual(ids);
    expect(JSON.stringify(files)).not.toContain(foreign);
  });

  it("leaves out trashed images; only another team's ids answer as not found", async () => {
    const live = (await makeGeneration(teamId, owner.user.id)).images[0]!.id;
    const trashed = (await makeGeneration(teamId, owner.user.id)).images[0]!.id;
    await prisma.image.update({ where: { id: trashed }, data: { trashedAt: new Date() } });
    who.current = owner;
    const files = unzipSync(new Uint8Array(await (await post([live, trashed])).arrayBuffer()));
    expect(JSON.parse(text(files["manifest.json"]!)).files.map((f: { imageId: string }) => f.imageId)).toEqual([live]);
    who.current = stranger;
    const res = await post([live]);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe("None of these images can be found: they may have been deleted.");
  });

  it("refuses another site's form, an empty selection and more than 500 ids with a sentence", async () => {
    who.current = owner;
    expect((await post(["x"], { origin: "https://evil.example", host: "localhost" })).status).toBe(403);
    const empty = await post([]);
    expect([empty.status, (await empty.json()).error]).toEqual([400, "Select at least one image."]);
    const many = await post(Array.from({ length: 501 }, (_, i) => `id${i}`));
    expect([many.status, (await many.json()).error]).toEqual([400, "Select at most 500 images at a time."]);
  });
});
