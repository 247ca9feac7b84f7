"use client";

// Back to the gallery view this image was opened from, and its previous and next images in
// that view, also with ← and → (not while typing, and not with a modifier held).
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ImageNav } from "@/lib/views/gallery";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

const step = "inline-flex items-center gap-1 rounded border border-line px-2 py-1 text-xs hover:bg-raised";

export function ImageNavBar({ nav }: { nav: Pick<ImageNav, "previousHref" | "nextHref" | "galleryHref"> }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing(e.target)) return;
      const href = e.key === "ArrowLeft" ? nav.previousHref : e.key === "ArrowRight" ? nav.nextHref : null;
      if (!href) return;
      e.preventDefault();
      router.push(href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [nav.previousHref, nav.nextHref, router]);

  return (
    <nav className="flex items-center justify-between gap-2" aria-label="Gallery">
      <Link href={nav.galleryHref} className="text-sm text-muted hover:text-fg" data-testid="back-to-gallery">
        ← Gallery
      </Link>
      <span className="flex gap-2">
        {nav.previousHref ? (
          <Link href={nav.previousHref} className={step} data-testid="previous-image" aria-keyshortcuts="ArrowLeft" title="Previous image (←)">
            <ChevronLeft className="size-3.5" aria-hidden /> Previous
          </Link>
        ) : null}
        {nav.nextHref ? (
          <Link href={nav.nextHref} className={step} data-testid="next-image" aria-keyshortcuts="ArrowRight" title="Next image (→)">
            Next <ChevronRight className="size-3.5" aria-hidden />
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
