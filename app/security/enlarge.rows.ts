// Cross-team rows for enlarging (issue 17): another team's image id, or another team's
// submission for "enlarge its finalists", answers as a missing id does ("Not found.") and makes
// nothing; the same call on the team's own image (the control) enlarges it, locally (free, no
// provider call in the runner) or gives both ways' estimate.
import { prisma } from "@/lib/db/client";
import { enlargeFinalistsAction } from "@/lib/actions/enlarge/enlarge-finalists";
import { enlargeImagesAction } from "@/lib/actions/enlarge/enlarge-images";
import { estimateEnlargementAction } from "@/lib/actions/enlarge/estimate-enlargement";
import { makeGeneration } from "@/lib/testing/people";
import { a, b, bImage, succeeded, type Row } from "./fixture";

const local = { target: { by: "scale", factor: 2 }, way: { method: "local" } } as const;

/** One of team B's submissions with a finalist, made fresh for the control. */
const bFinalists = async () => {
  const g = await makeGeneration(b.teamId, b.owner.user.id);
  await prisma.image.update({ where: { id: g.images[0]!.id }, data: { pick: "finalist" } });
  return g.id;
};
const aFixed = {} as { finalistsOf: string };

/** Team A's submission with a finalist; the runner calls this once before any row runs. */
export async function setUpEnlarge() {
  const g = await makeGeneration(a.teamId, a.owner.user.id);
  await prisma.image.update({ where: { id: g.images[0]!.id }, data: { pick: "finalist" } });
  aFixed.finalistsOf = g.id;
}

export const enlargeRows: Row[] = [
  {
    name: "enlarge an image (locally)",
    door: "enlargeImagesAction",
    call: (id) => enlargeImagesAction({ imageIds: [id], ...local, idempotencyKey: crypto.randomUUID() }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
  {
    name: "enlarge a submission's finalists (locally)",
    door: "enlargeFinalistsAction",
    call: (id) => enlargeFinalistsAction({ generationId: id, ...local, idempotencyKey: crypto.randomUUID() }),
    foreign: () => aFixed.finalistsOf,
    own: bFinalists,
    ok: succeeded,
  },
  {
    name: "estimate an enlargement",
    door: "estimateEnlargementAction",
    call: (id) => estimateEnlargementAction({ imageIds: [id], target: { by: "scale", factor: 2 }, model: "gpt-image-2" }),
    foreign: () => a.imageId,
    own: bImage,
    ok: succeeded,
  },
];
