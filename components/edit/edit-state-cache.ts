// The edit page's state for this tab, kept outside React. The address names the base
// (/studio/edit?image=…), and the page is keyed by its address: after the base changes, the
// next router.refresh() (a generation finished) mounts the page afresh. It starts from here, so
// the mask, references, prompt and options survive that. Only the browser writes it (effects),
// so a server render never sees one person's work in another's page.
import type { MaskState } from "@/lib/canvas/model";
import type { EditImage } from "./edit-images";
import type { EditPanelParams } from "./use-edit-params";

export interface EditDraft {
  images: EditImage[];
  mask: MaskState;
  prompt: string;
  params: EditPanelParams;
  keepOutside: boolean;
}

let cached: { key: string; draft: EditDraft } | null = null;

/** The cached draft for this person and team, if its base is `baseImageId` (or any base, when undefined). */
export function cachedEdit(key: string, baseImageId: string | undefined): EditDraft | null {
  if (typeof window === "undefined" || !cached || cached.key !== key) return null;
  const base = cached.draft.images[0];
  if (baseImageId === undefined) return base ? cached.draft : null;
  return base?.kind === "image" && base.imageId === baseImageId ? cached.draft : null;
}

export function cacheEdit(key: string, draft: EditDraft): void {
  cached = { key, draft };
}
