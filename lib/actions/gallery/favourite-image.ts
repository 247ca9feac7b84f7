"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { setFavourite } from "@/lib/db/favourites";

/** Stars or unstars an image for the person asking (favourites are per person; viewers too). */
export const favouriteImageAction = teamAction
  .metadata({ permission: "read" })
  .inputSchema(z.object({ imageId: z.string().min(1).max(64), favourite: z.boolean() }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    await setFavourite({ teamId: member.team.id, userId: member.user.id, ...parsedInput });
    return parsedInput;
  });
