"use client";

// The top bar's menu below the xl breakpoint: the team, the pages, the provider, the month's
// spend, the theme and sign-out in a sheet from the right. A native modal <dialog> keeps focus
// inside and closes on Escape; it also closes when a link inside it navigates. Its contents
// mount only while it is open, so the wide bar's controls are never listed twice.
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export function MobileMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  const [at, setAt] = useState(pathname);
  if (at !== pathname) {
    setAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="menu-button"
        className="grid size-10 place-items-center rounded text-muted hover:bg-raised hover:text-fg xl:hidden"
      >
        <Menu className="size-5" aria-hidden />
      </button>
      <dialog
        ref={ref}
        aria-label="Menu"
        data-testid="mobile-menu"
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === e.currentTarget && setOpen(false)}
        className="m-0 ml-auto h-dvh max-h-none w-[min(20rem,100vw)] border-l border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60"
      >
        {open && (
          <div className="flex h-full flex-col gap-4 overflow-y-auto p-4">
            <div className="flex items-center justify-between">
              <p className="font-semibold">Menu</p>
              <button
                type="button"
                onClick={() => setOpen(false)}
                aria-label="Close menu"
                className="grid size-10 place-items-center rounded text-muted hover:bg-raised hover:text-fg"
              >
                <X className="size-5" aria-hidden />
              </button>
            </div>
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
