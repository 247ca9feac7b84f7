"use client";

import { Segmented } from "@/components/ui/segmented";
import type { Background, ImageModel, OutputFormat } from "@/lib/images/models";
import type { GenerateParams } from "@/lib/images/schemas";

type FormatParams = Pick<GenerateParams, "background" | "output_format" | "output_compression">;
/** Background, output format and compression: the fields that constrain each other. */
export function FormatFields({
  params,
  patch,
  transparency = "supported",
  formats,
}: {
  params: FormatParams;
  patch: (p: Partial<FormatParams>) => void;
  transparency?: ImageModel["transparency"];
  /** The formats the provider returns; absent: all three. */
  formats?: readonly OutputFormat[];
}) {
  const preview = transparency === "preview";
  const transparent = params.background === "transparent";
  const lossy = params.output_format !== "png";
  return (
    <>
      <Segmented<Background>
        name="background"
        label="Background"
        value={params.background}
        onChange={(v) => patch({ background: v })}
        options={[
          { value: "auto", label: "Auto" },
          { value: "opaque", label: "Opaque" },
          {
            value: "transparent",
            label: preview ? (
              <span className="inline-flex items-baseline gap-1">
                Transparent<span className="text-[9px] font-medium uppercase tracking-wide text-warning">preview</span>
              </span>
            ) : (
              "Transparent"
            ),
            title: preview ? "In preview on this model. Needs PNG or WebP output" : "Needs PNG or WebP output",
          },
        ]}
      />
      <Segmented<OutputFormat>
        name="output_format"
        label="Format"
        value={params.output_format}
        onChange={(v) => patch({ output_format: v })}
        options={(
          [
            { value: "png", label: "PNG" },
            { value: "jpeg", label: "JPEG", title: "JPEG has no transparency", disabled: transparent },
            { value: "webp", label: "WebP" },
          ] as const
        ).filter((o) => !formats || formats.includes(o.value))}
      />
      <div className="space-y-1.5">
        <div className="flex justify-between text-xs">
          <label htmlFor="compression" className={`font-medium ${lossy ? "text-muted" : "text-muted/50"}`}>
            Compression quality
          </label>
          <span className="tabular-nums text-muted">{lossy ? `${params.output_compression ?? 90}` : "PNG is lossless"}</span>
        </div>
        <input
          id="compression"
          data-testid="compression"
          type="range"
          min={0}
          max={100}
          disabled={!lossy}
          value={params.output_compression ?? 100}
          onChange={(e) => patch({ output_compression: Number(e.target.value) })}
          className="w-full accent-[var(--color-accent)] disabled:opacity-40"
        />
      </div>
    </>
  );
}
