// Generate and Edit are two modes of the studio: a tab pair at the top of the left panel.
import Link from "next/link";

export function ModeTabs({ current }: { current: "generate" | "edit" }) {
  const tab = (mode: "generate" | "edit", href: string, label: string) => (
    <Link
      href={href}
      aria-current={current === mode ? "page" : undefined}
      data-testid={`mode-${mode}`}
      className={`flex-1 rounded px-3 py-1.5 text-center text-sm font-medium transition ${
        current === mode ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg"
      }`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Studio mode" className="flex gap-1 rounded-lg bg-raised p-1">
      {tab("generate", "/studio", "Generate")}
      {tab("edit", "/studio/edit", "Edit")}
    </nav>
  );
}
