"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/studio", label: "Studio" },
  { href: "/projects", label: "Projects" },
  { href: "/gallery", label: "Gallery" },
  { href: "/usage", label: "Usage" },
  { href: "/settings/team", label: "Team" },
];

/** The pages, in a row in the top bar or (vertical) as large tap targets in the menu. */
export function NavLinks({ vertical = false }: { vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={`flex gap-1 text-sm ${vertical ? "flex-col items-stretch" : "items-center"}`}>
      {LINKS.map((link) => {
        const active = pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`rounded transition-colors ${vertical ? "px-3 py-2.5 text-base" : "px-2.5 py-1"} ${active ? "bg-raised text-fg" : "text-muted hover:text-fg"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
