"use client";

// The edit page before an image is open: drop, pick or paste one, or pick a result.
import { ImageUp } from "lucide-react";
import { useRef } from "react";
import { ACCEPT } from "./edit-images";

export function UploadDropZone({ onFile, notice }: { onFile: (file: File) => void; notice?: string | null }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="grid h-full place-items-center p-8">
      <div className="relative w-full max-w-md space-y-4 rounded-xl border-2 border-dashed border-line p-10 text-center" data-testid="edit-empty">
        <ImageUp className="mx-auto size-10 text-muted" aria-hidden />
        <div className="space-y-1">
          <p className="text-lg text-fg">Open an image to edit</p>
          <p className="text-sm text-muted">
            Drop a PNG, JPEG or WebP here, paste one with Ctrl/⌘ V, or pick a result on the right and choose “Edit this”.
          </p>
        </div>
        <button
          type="button"
          onClick={() => input.current?.click()}
          className="rounded bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:brightness-110"
        >
          Choose a file
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-label="Image to edit"
          data-testid="base-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) onFile(file);
          }}
        />
        <p className="text-xs text-muted">Up to 50 MB. Your mask is painted on this image; everything else stays as it is.</p>
        {notice && (
          <p role="alert" className="text-sm text-danger" data-testid="upload-error">
            {notice}
          </p>
        )}
      </div>
    </div>
  );
}
