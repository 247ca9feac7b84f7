// Cross-team rows for generations and images: reading, cancelling, deleting, picking,
// refining, editing (as a base, a reference, a bulk target), and the image route's variants.
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { who } from "@/lib/testing/signed-in";
import { makeGeneration, makeQueuedGeneration } from "@/lib/testing/people";
import { deleteGenerationAction } from "@/lib/actions/generations/delete-generation";
import { createGenerationAction } from "@/lib/actions/generations/create-generation";
import { cancelGenerationAction } from "@/lib/actions/generations/cancel-generation";
import { pickImageAction } from "@/lib/actions/images/pick-image";
import { rerunImageAction } from "@/lib/actions/images/rerun-image";
import { varyImageAction } from "@/lib/actions/images/vary-image";
import { repromptImageAction } from "@/lib/actions/images/reprompt-image";
import * as imageRoute from "@/app/api/images/[id]/route";
import * as generationRoute from "@/app/api/generations/[id]/route";
import * as inputsRoute from "@/app/api/generation-inputs/[id]/route";
import * as editsRoute from "@/app/api/edits/route";
import { a, b, bEdit, bImage, editForm, post, route, served, succeeded, type Row, type SessionRow } from "./fixture";

/** POST /api/edits as the browser sends it: the FormData of an edit. */
export const postEdit = (form: FormData) => post(editsRoute.POST, "/api/edits", form);

export const generationRows: Row[] = [
  {
    name: "delete a generation", door: "deleteGenerationAction",
    call: (id) => deleteGenerationAction({ id }),
    foreign: () => a.generationId,
    own: async () => (await makeGeneration(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  { name: "GET an image", door: "GET /api/images/[id]", call: (id) => route(imageRoute.GET, id), foreign: () => a.imageId, own: bImage, ok: served },
  { name: "GET a thumbnail", door: "GET /api/images/[id]", call: (id) => route(imageRoute.GET, id, "?variant=thumb"), foreign: () => a.imageId, own: bImage, ok: served },
  {
    name: "GET a generation", door: "GET /api/generations/[id]",
    call: (id) => route(generationRoute.GET, id),
    foreign: () => a.generationId,
    own: async () => (await makeGeneration(b.teamId, b.owner.user.id)).id,
    ok: served,
  },
  {
    name: "cancel a generation", door: "cancelGenerationAction",
    call: (id) => cancelGenerationAction({ id }),
    foreign: () => a.generationId,
    own: async () => (await makeQueuedGeneration(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  {
    name: "mark an image a finalist", door: "pickImageAction",
    call: (id) => pickImageAction({ imageId: id, pick: "finalist" }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "re-run an image on another model", door: "rerunImageAction",
    call: (id) => rerunImageAction({ imageId: id, model: "gpt-image-1.5", quality: "low", idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "vary an image", door: "varyImageAction",
    call: (id) => varyImageAction({ imageId: id, idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "re-prompt an image", door: "repromptImageAction",
    call: (id) => repromptImageAction({ imageId: id, prompt: "the same, at night", idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "edit an image (slots)", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [{ imageId: id }] })),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "edit an image as a reference", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [{ imageId: b.imageId }, { imageId: id }] })),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "bulk-edit images (targets)", door: "POST /api/edits",
    call: (id) => postEdit(editForm({ images: [], targets: [b.imageId, id] })),
    foreign: () => a.editImageId,
    own: bImage,
    ok: served,
  },
  {
    name: "GET an edit's input file", door: "GET /api/generation-inputs/[id]",
    call: (id) => route(inputsRoute.GET, id),
    foreign: () => a.inputId,
    own: async () => (await bEdit()).inputs[0]!.id,
    ok: served,
  },
  {
    name: "GET an image's raw output", door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, id, "?variant=raw"),
    foreign: () => a.editImageId,
    own: async () => (await bEdit()).images[0]!.id,
    ok: served,
  },
  {
    name: "GET an image's diff against another team's image",
    door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, b.imageId, `?variant=diff&against=${id}`),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
  {
    name: "GET an edit's change heatmap", door: "GET /api/images/[id]",
    call: (id) => route(imageRoute.GET, id, "?variant=heatmap"),
    foreign: () => a.editImageId,
    own: async () => (await bEdit()).images[0]!.id,
    ok: served,
  },
];

export const generationSessionRows: SessionRow[] = [

  {
    door: "createGenerationAction",
    name: "a generation lands in the caller's team",
    act: async () => {
      who.current = b.owner;
      const { data } = await createGenerationAction({ params: { prompt: "b's request", quality: "low" }, idempotencyKey: crypto.randomUUID() });
      expect((await prisma.generation.findUniqueOrThrow({ where: { id: data!.generation!.id } })).teamId).toBe(b.teamId);
    },
  },
];
