"use client";

import { Segmented } from "@/components/ui/segmented";
import type { ImageSize } from "@/lib/images/models";

const SIZE_LABELS: Record<ImageSize, { label: string; w: number; h: number }> = {
  auto: { label: "Auto", w: 0, h: 0 },
  "1024x1024": { label: "Square", w: 14, h: 14 },
  "1536x1024": { label: "Landscape", w: 18, h: 12 },
  "1024x1536": { label: "Portrait", w: 12, h: 18 },
};

/** Size choices, each with a small rectangle of its aspect ratio. */
export function SizePicker(props: { sizes: readonly ImageSize[]; value: ImageSize; onChange: (s: ImageSize) => void }) {
  return (
    <Segmented
      name="size"
      label="Size"
      value={props.value}
      onChange={props.onChange}
      options={props.sizes.map((size) => {
        const info = SIZE_LABELS[size];
        return {
          value: size,
          title: size === "auto" ? "Let the model choose" : size.replace("x", " × "),
          label: (
            <>
              <span aria-hidden className="grid h-5 place-items-center">
                {size === "auto" ? (
                  <span className="text-[10px] leading-none">A</span>
                ) : (
                  <span className="block rounded-[2px] border border-current" style={{ width: info.w, height: info.h }} />
                )}
              </span>
              <span>{info.label}</span>
            </>
          ),
        };
      })}
    />
  );
}
