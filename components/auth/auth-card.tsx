import { SkipLink } from "@/components/layout/skip-link";

/** The frame of the sign-in, sign-up, welcome and invitation pages. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: React.ReactNode; children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="grid min-h-dvh place-items-center bg-canvas p-6 focus:outline-none">
      <SkipLink />
      <div className="w-full max-w-sm space-y-6">
        <div className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded bg-accent text-sm text-accent-fg">F</span>
          Fresco
        </div>
        <div className="space-y-1">
          <h1 className="text-xl font-semibold">{title}</h1>
          {subtitle && <p className="text-sm text-muted">{subtitle}</p>}
        </div>
        <div className="rounded-xl border border-line bg-surface p-5 shadow-xl">{children}</div>
      </div>
    </main>
  );
}
