"use client";

// The trash view's images: each with Restore and "Delete now" for whoever may change it.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { Button } from "@/components/ui/button";
import { deleteImagesNowAction } from "@/lib/actions/trash/delete-images-now";
import { restoreImagesAction } from "@/lib/actions/trash/restore-images";

export interface TrashRow {
  id: string;
  prompt: string;
  author: string | null;
  purgeAt: string;
  mayChange: boolean;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function TrashList({ items }: { items: TrashRow[] }) {
  const router = useRouter();
  const done = { onSuccess: ({ data }: { data?: { summary: string } }) => (toast.success(data?.summary ?? "Done"), router.refresh()) };
  const failed = { onError: ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "That did not work: try again.") };
  const restore = useAction(restoreImagesAction, { ...done, ...failed });
  const purge = useAction(deleteImagesNowAction, { ...done, ...failed });
  const busy = restore.isPending || purge.isPending;
  // The image "Delete now" asks about, in a styled dialog (not the browser's confirm()).
  const [asking, setAsking] = useState<TrashRow | null>(null);
  return (
    <>
      {asking && (
        <ConfirmDialog
          title="Delete this image for good?"
          confirmLabel="Delete now"
          onConfirm={() => {
            purge.execute({ ids: [asking.id] });
            setAsking(null);
          }}
          onClose={() => setAsking(null)}
        >
          <p>“{asking.prompt}” leaves the trash and cannot be restored.</p>
        </ConfirmDialog>
      )}
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(180px,1fr))] gap-4">
        {items.map((item) => (
          <li key={item.id} className="space-y-1.5" data-testid="trash-item" data-image-id={item.id}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a private thumbnail: no optimizer */}
            <img src={`/api/images/${item.id}?variant=thumb&from=trash`} alt={item.prompt} className="aspect-square w-full rounded-lg bg-raised object-cover opacity-70" loading="lazy" />
            <p className="truncate text-sm" title={item.prompt}>
              {item.prompt}
            </p>
            <p className="text-xs text-muted">
              {item.author ?? "A former member"} · deleted for good on {dayFormat.format(new Date(item.purgeAt))}
            </p>
            {item.mayChange && (
              <div className="flex gap-1">
                <Button variant="ghost" disabled={busy} data-testid="trash-restore" onClick={() => restore.execute({ ids: [item.id] })}>
                  Restore
                </Button>
                <Button
                  variant="ghost"
                  className="text-danger hover:text-danger"
                  disabled={busy}
                  data-testid="trash-delete-now"
                  onClick={() => setAsking(item)}
                >
                  Delete now
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
