import Link from "next/link";
import { SkipLink } from "@/components/layout/skip-link";

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="grid h-dvh place-items-center p-8 text-center focus:outline-none">
      <SkipLink />
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">Not found</h1>
        <p className="text-muted">This page or image does not exist, or you do not have access to it.</p>
        <Link href="/studio" className="text-accent hover:underline">
          Back to the studio
        </Link>
      </div>
    </main>
  );
}
