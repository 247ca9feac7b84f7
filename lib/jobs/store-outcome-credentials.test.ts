// Content credentials are read once, when a run's files are stored, and kept with the image:
// the provider's signed file as it is, a Fresco composite as carrying none beside its raw
// file's; rows stored before that, and an edit's inputs, are read the first time they are shown.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { png } from "@/lib/edits/test-images";
import { signAsEmulator } from "@/lib/emulator/credentials/sign";
import type { OutcomeImage } from "@/lib/provider/outcome";
import { generationCredentials } from "@/lib/storage/image-credentials";
import { makeEditGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { storeOutcome } from "./store-outcome";

const who = { teamId: "", userId: "", otherTeamId: "" };
let signed: Buffer;
beforeAll(async () => {
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
  who.otherTeamId = await makeTeam(await makePerson("Bob"), "Team B");
  signed = await signAsEmulator(await png(32, 32), "png", "gpt-image-1-mini");
});

const resolved = { size: "1024x1024", quality: "low", background: "opaque", outputFormat: "png" } as const;

async function stored(images: OutcomeImage[]): Promise<string> {
  const row = await prisma.generation.create({
    data: { teamId: who.teamId, createdById: who.userId, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, status: "running" },
  });
  await storeOutcome(row.id, { images, usage: null, resolved, providerMs: 1, retries: 0 }, { provider: "openai", model: "gpt-image-1-mini" });
  return row.id;
}

const keptOn = async (generationId: string) => (await prisma.image.findFirstOrThrow({ where: { generationId } })).credentials;

describe("content credentials at store time", () => {
  it("keeps what the provider's file carries: signer, made with AI, the model's action", async () => {
    const id = await stored([{ bytes: signed, format: "png", width: 32, height: 32 }]);
    expect(await keptOn(id)).toMatchObject({
      file: { state: "valid", issuer: "Fresco Test", madeWithAi: true, actions: [{ action: "c2pa.created", softwareAgent: "gpt-image-1-mini" }] },
      raw: null,
    });
    const [panel] = (await generationCredentials({ teamId: who.teamId, generationId: id })).images;
    expect(panel).toMatchObject({ derived: null, credentials: { file: { state: "valid" } } });
  });

  it("records a composite as carrying none, beside what the provider's raw file carries", async () => {
    const composite = await sharp(signed).negate().png().toBuffer();
    const id = await stored([
      { bytes: composite, format: "png", width: 32, height: 32, raw: { bytes: signed, format: "png" }, derivation: { kind: "composite" } },
    ]);
    expect(await keptOn(id)).toMatchObject({ file: { state: "none" }, raw: { state: "valid", madeWithAi: true } });
    const [panel] = (await generationCredentials({ teamId: who.teamId, generationId: id })).images;
    expect(panel).toMatchObject({ derived: "composite", credentials: { file: { state: "none" }, raw: { state: "valid" } } });
  });

  it("reads an older image's file the first time it is shown, and keeps it", async () => {
    const id = await stored([{ bytes: signed, format: "png", width: 32, height: 32 }]);
    await prisma.image.updateMany({ where: { generationId: id }, data: { credentials: Prisma.DbNull } });
    const [panel] = (await generationCredentials({ teamId: who.teamId, generationId: id })).images;
    expect(panel?.credentials.file).toMatchObject({ state: "valid", issuer: "Fresco Test" });
    expect(await keptOn(id)).toMatchObject({ file: { state: "valid" } });
  });

  it("reads an edit's uploaded base the first time its page is shown: none, and the mask is not an image to read", async () => {
    const edit = await makeEditGeneration(who.teamId, who.userId);
    const { inputs } = await generationCredentials({ teamId: who.teamId, generationId: edit.id });
    expect(inputs).toMatchObject([{ index: 0, name: "base.png", credentials: { state: "none" } }]);
    const base = await prisma.generationInput.findFirstOrThrow({ where: { generationId: edit.id, role: "image" } });
    expect(base.credentials).toMatchObject({ state: "none" });
  });

  it("shows another team's generation as nothing at all", async () => {
    const id = await stored([{ bytes: signed, format: "png", width: 32, height: 32 }]);
    expect(await generationCredentials({ teamId: who.otherTeamId, generationId: id })).toEqual({ images: [], inputs: [] });
    const edit = await makeEditGeneration(who.teamId, who.userId);
    expect(await generationCredentials({ teamId: who.otherTeamId, generationId: edit.id })).toEqual({ images: [], inputs: [] });
  });
});
