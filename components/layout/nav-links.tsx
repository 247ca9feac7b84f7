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

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex items-center gap-1 text-sm">
      {LINKS.map((link) => {
        const active = pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`rounded px-2.5 py-1 transition-colors ${active ? "bg-raised text-fg" : "text-muted hover:text-fg"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
