// What a finished run costs as stored and shown: output text tokens priced at the text-output
// rate, and "unknown" (null, never $0) where a model or a token kind has no price yet, until an
// admin enters one (docs/images-api.md §3, §6).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { currentPrices } from "@/lib/db/prices";
import { getGeneration } from "@/lib/db/queries";
import { png } from "@/lib/edits/test-images";
import type { NormalizedUsage } from "@/lib/images/usage";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { storeOutcome } from "./store-outcome";

const who = { teamId: "", userId: "" };
let picture: Buffer;
beforeAll(async () => {
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
  picture = await png(32, 32);
});

const resolved = { size: "1024x1024", quality: "medium", background: "opaque", outputFormat: "png" } as const;
// 1100 output tokens, of which 44 are text: priced as 1056 image tokens and 44 text tokens.
const usage: NormalizedUsage = { textTokensIn: 8, imageTokensIn: 0, imageTokensOut: 1056, textTokensOut: 44, totalTokens: 1108 };

/** A generation on `model` finished with `usage`, as the page shows it. */
async function finished(model: string, used: NormalizedUsage | null) {
  const row = await prisma.generation.create({
    data: { teamId: who.teamId, createdById: who.userId, kind: "generate", model, prompt: "p", params: {}, status: "running" },
  });
  const images = [{ bytes: picture, format: "png", width: 32, height: 32 } as const];
  await storeOutcome(row.id, { images, usage: used, resolved, providerMs: 1, retries: 0 }, { provider: "openai", model });
  return (await getGeneration({ teamId: who.teamId, id: row.id }))!;
}

describe("the cost of a finished run", () => {
  it("is unknown for a model with no price (gpt-image-2), and no price row is invented for it", async () => {
    const view = await finished("gpt-image-2", { ...usage, textTokensOut: 0, totalTokens: 1064 });
    expect(view.costUsd).toBeNull();
    expect(view.cost).toBeNull();
    expect(view.usage?.imageTokensOut).toBe(1056);
    expect(await currentPrices("openai", "gpt-image-2")).toBeNull();
  });

  it("is unknown when the run reports output text tokens and the price table has no text-output price", async () => {
    const view = await finished("gpt-image-1.5", usage);
    expect(view.usage).toMatchObject({ imageTokensOut: 1056, textTokensOut: 44 });
    expect(view.costUsd).toBeNull();
  });

  it("prices output text tokens at the text-output rate once an admin has entered one", async () => {
    const seeded = (await currentPrices("openai", "gpt-image-1.5"))!;
    expect(seeded.textOutPerM).toBeNull();
    const { textInPerM, cachedTextInPerM, imageInPerM, cachedImageInPerM, imageOutPerM } = seeded;
    const rates = { textInPerM, cachedTextInPerM, imageInPerM, cachedImageInPerM, imageOutPerM, textOutPerM: "10" };
    await prisma.priceTable.create({ data: { provider: "openai", model: "gpt-image-1.5", ...rates, takenAt: new Date() } });
    const view = await finished("gpt-image-1.5", usage);
    // 8 × $5 + 1056 × $32 + 44 × $10, per 1M tokens.
    expect(view.cost).toEqual({ textIn: "0.00004", imageIn: "0", imageOut: "0.033792", textOut: "0.00044", total: "0.034272" });
    expect(view.costUsd).toBe("0.034272");
  });
});
