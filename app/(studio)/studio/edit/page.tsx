import type { Metadata } from "next";
import { EditShell } from "@/components/edit/edit-shell";
import { requirePageMember } from "@/lib/auth/page";
import { can } from "@/lib/permissions";
import { commentRegion } from "@/lib/db/comments";
import { getEditStart } from "@/lib/db/edit-restore";
import { listGenerations } from "@/lib/db/queries";
import { loadPanelData } from "@/lib/submissions/panel-data";
import { loadStudioProjects } from "@/lib/submissions/studio-projects";

export const metadata: Metadata = { title: "Edit" };

export default async function EditPage({ searchParams }: { searchParams: Promise<{ image?: string | string[]; mask?: string | string[]; region?: string | string[] }> }) {
  const member = await requirePageMember();
  const teamId = member.team.id;
  const { image, mask, region } = await searchParams;
  const imageId = typeof image === "string" ? image : undefined;
  // First: the results rail shows the current project's recent work.
  const projects = await loadStudioProjects(member);
  const [recent, { source, missingImage, restore }, panel] = await Promise.all([
    listGenerations({ teamId, take: 20, projectId: projects.current.id }),
    // The base the address names, else the one saved with the person's unsent work.
    getEditStart({ teamId, userId: member.user.id, imageId }),
    // The estimate uses the same price rows the job will be billed with.
    loadPanelData(member),
  ]);
  // "Use as mask": a pinned region of this team's comment on the image being opened, else nothing.
  const pinned = typeof region === "string" ? await commentRegion({ teamId, commentId: region }) : null;
  return (
    <EditShell
      initial={recent}
      source={source ? { imageId: source.id, width: source.width, height: source.height, name: source.prompt } : null}
      missingImage={missingImage}
      fromAddress={Boolean(imageId)}
      restore={restore}
      stateKey={`${member.user.id}:${teamId}`}
      // "Edit this" on an edit's result, or ?mask=<generation id>: its mask can be restored.
      region={pinned && pinned.imageId === source?.id ? { imageId: pinned.imageId, ...pinned.region } : null}
      maskFrom={typeof mask === "string" ? mask : source?.kind === "edit" ? source.generationId : null}
      rates={panel.prices}
      provider={panel.provider}
      projects={projects}
      access={{ canGenerate: can(member.role, "generate"), userId: member.user.id, canActOnAll: can(member.role, "delete-any") }}
    />
  );
}
