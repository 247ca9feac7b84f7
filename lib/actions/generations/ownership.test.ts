// One ownership rule for changing a teammate's work, through the real actions: a member may
// not pick, cancel or delete another member's work (one sentence for all three); the author,
// an admin and an owner may. Re-running a teammate's image makes new work of one's own.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { pickImageAction } = await import("@/lib/actions/images/pick-image");
const { cancelGenerationAction } = await import("./cancel-generation");
const { rerunImageAction } = await import("@/lib/actions/images/rerun-image");
const { deleteGenerationAction } = await import("./delete-generation");
const { join, makeGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");

const p = {} as Record<"owner" | "admin" | "author" | "other", SignedIn>;
let teamId = "";

beforeAll(async () => {
  p.owner = await makePerson("Olga");
  teamId = await makeTeam(p.owner, "Studio");
  for (const [key, role] of [["admin", "admin"], ["author", "member"], ["other", "member"]] as const) {
    p[key] = await makePerson(key);
    await join(p[key], teamId, role);
  }
});

const as = (person: SignedIn) => (who.current = person);
const authorsImage = async () => {
  const g = await makeGeneration(teamId, p.author.user.id);
  return { generationId: g.id, imageId: g.images[0]!.id };
};
const pickOf = async (imageId: string) => (await prisma.image.findUniqueOrThrow({ where: { id: imageId } })).pick;

describe("changing a teammate's work", () => {
  it("a member cannot pick among another member's images, and hears what cancel and delete say", async () => {
    const { generationId, imageId } = await authorsImage();
    as(p.other);
    const picked = await pickImageAction({ imageId, pick: "discarded" });
    const canceled = await cancelGenerationAction({ id: generationId });
    const deleted = await deleteGenerationAction({ id: generationId });

    expect(picked.serverError).toBe("This is a teammate's work: only its author, an admin or an owner can change it.");
    expect(canceled.serverError).toBe(picked.serverError);
    expect(deleted.serverError).toBe(picked.serverError);
    expect(await pickOf(imageId)).toBeNull();
    expect(await prisma.generation.count({ where: { id: generationId } })).toBe(1);
  });

  it.each(["author", "admin", "owner"] as const)("the %s may mark and discard the image", async (key) => {
    const { imageId } = await authorsImage();
    as(p[key]);
    expect(await pickImageAction({ imageId, pick: "finalist" })).toEqual({ data: { imageId, pick: "finalist" } });
    expect(await pickOf(imageId)).toBe("finalist");
    expect((await pickImageAction({ imageId, pick: "discarded" })).data).toBeDefined();
    expect(await pickOf(imageId)).toBe("discarded");
  });

  it("a member may re-run a teammate's image: the new generation is theirs, the original untouched", async () => {
    const { imageId } = await authorsImage();
    as(p.other);
    const result = await rerunImageAction({ imageId, model: "gpt-image-1-mini", quality: "medium", idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBeUndefined();
    const created = await prisma.generation.findUniqueOrThrow({ where: { id: result.data!.generation!.id } });
    expect(created).toMatchObject({ createdById: p.other.user.id, parentImageId: imageId });
    expect(await pickOf(imageId)).toBeNull();
  });
});
