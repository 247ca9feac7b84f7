"use client";

// Mask files: load one made elsewhere (any PNG; transparent = edit, or white = edit when the
// file has no transparency) and save the current one exactly as it will be sent.
import { Download, Upload } from "lucide-react";
import { ToolButton } from "./tool-button";
import { useRef } from "react";
import type { MaskState } from "@/lib/canvas/model";
import { importMask } from "@/lib/canvas/export";
import type { MaskAction } from "@/lib/canvas/reducer";
import { exportMaskFile } from "./export-mask";

export function MaskFileButtons(props: { mask: MaskState; dispatch: (a: MaskAction) => void; onError: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const { mask } = props;

  async function load(file: File) {
    try {
      const coverage = importMask(new Uint8Array(await file.arrayBuffer()), mask.width, mask.height);
      props.dispatch({ type: "load", coverage });
    } catch {
      props.onError(`“${file.name}” is not a PNG mask. Save the mask as PNG (transparent or white = edit) and load it again.`);
    }
  }

  function save() {
    const file = exportMaskFile(mask, { evenIfEmpty: true })!;
    const url = URL.createObjectURL(file);
    const a = document.createElement("a");
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <>
      <ToolButton icon={Upload} label="Load mask PNG" onClick={() => input.current?.click()} testId="load-mask" />
      <input
        ref={input}
        type="file"
        accept="image/png"
        className="sr-only"
        tabIndex={-1}
        aria-label="Mask PNG file"
        data-testid="load-mask-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void load(file);
        }}
      />
      <ToolButton icon={Download} label="Save mask PNG" onClick={save} testId="save-mask" />
    </>
  );
}
