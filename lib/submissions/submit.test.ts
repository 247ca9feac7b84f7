// Handing the work to the queue is part of submitting it: when the queue refuses, the person
// hears it from their submission, instead of the error vanishing in the background.
import { beforeAll, describe, expect, it } from "vitest";
import { editFormSchema, toEditFormData } from "@/lib/edits/edit-form";
import type { GenerateParams } from "@/lib/images/schemas";
import { services, setServices } from "@/lib/services";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { submitGeneration } from "./submit";
import { submitEdit } from "./submit-edit";

const params: GenerateParams = {
  model: "gpt-image-1-mini", prompt: "a lighthouse in fog", n: 1, size: "1024x1024", quality: "low",
  background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0,
};

const who = { teamId: "", userId: "" };
beforeAll(async () => {
  const dee = await makePerson("Dee");
  who.teamId = await makeTeam(dee, "Dee's team");
  who.userId = dee.user.id;
  const jobs = services().jobs;
  setServices({ jobs: { ...jobs, enqueue: async () => Promise.reject(new Error("The queue is unavailable.")) } });
});

describe("a queue that refuses the work", () => {
  it("fails the generation's submission", async () => {
    await expect(submitGeneration(who, { params, idempotencyKey: crypto.randomUUID() })).rejects.toThrow("The queue is unavailable.");
  });

  it("fails the edit's submission", async () => {
    const target = (await makeGeneration(who.teamId, who.userId)).images[0]!.id;
    const form = toEditFormData({ params: { prompt: "make it dusk", model: "gpt-image-1.5", quality: "low", n: 1 }, images: [], targets: [target], idempotencyKey: crypto.randomUUID() });
    await expect(submitEdit(who, await editFormSchema.parseAsync(form))).rejects.toThrow("The queue is unavailable.");
  });
});
