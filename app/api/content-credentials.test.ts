// Downloads keep the provider's content credentials: through the real image route, door and
// database, the provider's raw file comes back byte for byte and still reads "valid"; Fresco's
// composite, re-encoded, carries none, and the page's loader says so.
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { signAsEmulator } from "@/lib/emulator/credentials/sign";
import { readContentCredentials } from "@/lib/images/content-credentials";
import { storeOutcome } from "@/lib/jobs/store-outcome";
import { generationCredentials } from "@/lib/storage/image-credentials";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { who } from "@/lib/testing/signed-in";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const imageRoute = await import("@/app/api/images/[id]/route");
const download = async (id: string, variant = "") => {
  const res = await imageRoute.GET(new Request(`http://localhost/x?download=1${variant ? `&variant=${variant}` : ""}`), { params: Promise.resolve({ id }) });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

const resolved = { size: "1024x1024", quality: "low", background: "opaque", outputFormat: "png" } as const;
let teamId = "";
let signed: Buffer;
let composite: Buffer;
const ids = { generated: "", edited: "", editImage: "", generatedImage: "" };

beforeAll(async () => {
  who.current = await makePerson("Cai");
  teamId = await makeTeam(who.current, "Team C");
  signed = await signAsEmulator(await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3a6" } }).png().toBuffer(), "png", "gpt-image-1.5");
  composite = await sharp(signed).negate().png().toBuffer();
  const run = async (kind: "generate" | "edit", image: Parameters<typeof storeOutcome>[1]["images"][number]) => {
    const row = await prisma.generation.create({
      data: { teamId, createdById: who.current!.user.id, kind, model: "gpt-image-1.5", prompt: "p", params: {}, status: "running" },
    });
    await storeOutcome(row.id, { images: [image], usage: null, resolved, providerMs: 1, retries: 0 }, { provider: "openai", model: "gpt-image-1.5" });
    return { id: row.id, imageId: (await prisma.image.findFirstOrThrow({ where: { generationId: row.id } })).id };
  };
  const generated = await run("generate", { bytes: signed, format: "png", width: 40, height: 30 });
  const edited = await run("edit", {
    bytes: composite,
    format: "png",
    width: 40,
    height: 30,
    raw: { bytes: signed, format: "png" },
    derivation: { kind: "composite" },
  });
  Object.assign(ids, { generated: generated.id, generatedImage: generated.imageId, edited: edited.id, editImage: edited.imageId });
});

describe("content credentials in downloads", () => {
  it("a generated image downloads byte for byte and still reads valid, made with AI", async () => {
    const bytes = await download(ids.generatedImage);
    expect(bytes.equals(signed)).toBe(true);
    expect(await readContentCredentials(bytes)).toMatchObject({ state: "valid", madeWithAi: true, issuer: "Fresco Test" });
  });

  it("an edit's provider file (variant=raw) downloads untouched and reads valid; its composite carries none", async () => {
    const raw = await download(ids.editImage, "raw");
    expect(raw.equals(signed)).toBe(true);
    expect(await readContentCredentials(raw)).toMatchObject({ state: "valid", madeWithAi: true, actions: [{ action: "c2pa.created", softwareAgent: "gpt-image-1.5" }] });
    expect((await readContentCredentials(await download(ids.editImage))).state).toBe("none");
  });

  it("the detail page's loader shows the manifest for the generated image and the composite sentence for the edit", async () => {
    expect((await generationCredentials({ teamId, generationId: ids.generated })).images).toMatchObject([{ derived: null, credentials: { file: { state: "valid" }, raw: null } }]);
    expect((await generationCredentials({ teamId, generationId: ids.edited })).images).toMatchObject([
      { derived: "composite", credentials: { file: { state: "none" }, raw: { state: "valid", issuer: "Fresco Test" } } },
    ]);
  });
});
