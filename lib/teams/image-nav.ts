// The image page's way around the gallery: which of the generation's images is shown (?image=,
// else the first), the images before and after it under the gallery filters the address
// carries (← →), the way back to that view, and whether it is one of my favourites.
import "server-only";
import type { Member } from "@/lib/auth/member";
import { favouriteIds } from "@/lib/db/favourites";
import { galleryNeighbours } from "@/lib/db/gallery";
import { filtersFromQuery, filtersToQuery, imageHref, type ImageNav } from "@/lib/views/gallery";

export async function loadImageNav(member: Member, images: readonly { id: string }[], query: Record<string, string | string[] | undefined>): Promise<ImageNav | null> {
  const wanted = [query.image].flat()[0];
  const image = images.find((i) => i.id === wanted) ?? images[0];
  if (!image) return null;
  const parsed = filtersFromQuery(query);
  const filters = parsed.success ? { ...parsed.data, status: undefined } : {};
  const filterQuery = filtersToQuery(filters);
  const scope = { teamId: member.team.id, userId: member.user.id };
  const [{ previous, next }, favourites] = await Promise.all([
    galleryNeighbours({ ...scope, filters, imageId: image.id }),
    favouriteIds({ ...scope, imageIds: [image.id] }),
  ]);
  return {
    imageId: image.id,
    favourite: favourites.has(image.id),
    previousHref: previous ? imageHref(previous, filterQuery) : null,
    nextHref: next ? imageHref(next, filterQuery) : null,
    galleryHref: filterQuery ? `/gallery?${filterQuery}` : "/gallery",
  };
}
