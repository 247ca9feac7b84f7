// What the gallery page needs: the filters read from its address (or the sentence saying what
// is wrong with them), the first page, the filter bar's choices and how much work stopped.
import "server-only";
import type { Member } from "@/lib/auth/member";
import { countStoppedRuns, galleryPage } from "@/lib/db/gallery";
import { recentProjects } from "@/lib/db/project-picker";
import { getProject } from "@/lib/db/projects";
import { listMembers } from "@/lib/db/teams";
import { MODELS } from "@/lib/images/models";
import { filtersFromQuery, filtersToQuery, type GalleryFilters, type GalleryPage } from "@/lib/views/gallery";
import type { CurrentProject } from "@/lib/views/project";

export interface GalleryView {
  filters: GalleryFilters;
  filterQuery: string;
  error?: string;
  page: GalleryPage;
  /** `projects`: the team's recently used few; `project`: the one the address filters by. */
  options: { authors: { id: string; name: string }[]; projects: CurrentProject[]; project: CurrentProject | null; models: string[] };
  stopped: { failed: number; canceled: number; interrupted: number };
}

/** Throws NOT_FOUND for another team's (or an unknown) project in the address. */
export async function loadGallery(member: Member, query: Record<string, string | string[] | undefined>): Promise<GalleryView> {
  const teamId = member.team.id;
  const parsed = filtersFromQuery(query);
  const filters = parsed.success ? parsed.data : {};
  const [page, members, projects, project, stopped] = await Promise.all([
    galleryPage({ teamId, userId: member.user.id, filters }),
    listMembers({ teamId }),
    recentProjects({ teamId }),
    filters.project ? getProject({ teamId, projectId: filters.project }) : null,
    countStoppedRuns({ teamId }),
  ]);
  return {
    filters,
    filterQuery: filtersToQuery(filters),
    error: parsed.success ? undefined : parsed.error.issues[0]!.message,
    page,
    options: { authors: members.map((m) => ({ id: m.userId, name: m.name ?? m.email })), projects, project: project && { id: project.id, name: project.name }, models: Object.keys(MODELS) },
    stopped,
  };
}
