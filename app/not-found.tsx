import Link from "next/link";

export default function NotFound() {
  return (
    <div className="grid h-dvh place-items-center p-8 text-center">
      <div className="space-y-2">
        <p className="text-xl font-semibold">Not found</p>
        <p className="text-muted">This page or image does not exist, or you do not have access to it.</p>
        <Link href="/studio" className="text-accent hover:underline">
          Back to the studio
        </Link>
      </div>
    </div>
  );
}
