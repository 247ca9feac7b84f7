"use client";

// Model, count, size, quality, background, output format and input fidelity for an edit.
import { CountStepper } from "@/components/studio/params/count-stepper";
import { ModelSelect } from "@/components/studio/params/model-select";
import { SizePicker } from "@/components/studio/size-picker";
import { Segmented } from "@/components/ui/segmented";
import { getModel, type Background, type InputFidelity, type ModelId, type OutputFormat, type Quality } from "@/lib/images/models";
import { resolveSize } from "@/lib/images/tokens";
import type { EditPanelParams, SetEditParam } from "./use-edit-params";

const QUALITIES = [
  { value: "auto", label: "Auto" },
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
] as const;

export function EditParamFields(props: { params: EditPanelParams; set: SetEditParam; base?: { width: number; height: number } }) {
  const { params, set } = props;
  const model = getModel(params.model as ModelId);
  const transparent = params.background === "transparent";
  const lossy = params.output_format !== "png";
  return (
    <>
      <ModelSelect value={params.model as ModelId} onChange={(m) => set("model", m)} />
      <div className="space-y-1">
        <SizePicker sizes={model.sizes} value={params.size} onChange={(s) => set("size", s)} />
        {params.size === "auto" && props.base && (
          <p className="text-xs text-muted" data-testid="auto-size">
            Auto: {resolveSize("auto", props.base).replace("x", " × ")}, the closest to the image’s shape
          </p>
        )}
      </div>
      <Segmented<Quality> name="quality" label="Quality" value={params.quality} options={QUALITIES} onChange={(q) => set("quality", q)} />
      <CountStepper value={params.n} min={model.n.min} max={model.n.max} onChange={(n) => set("n", n)} />
      {model.inputFidelity.length > 1 && (
        <Segmented<InputFidelity>
          name="input_fidelity"
          label="Input fidelity"
          value={params.input_fidelity ?? model.inputFidelity[0]!}
          onChange={(v) => set("input_fidelity", v)}
          options={model.inputFidelity.map((v) => ({
            value: v,
            label: v === "high" ? "High" : "Low",
            title: v === "high" ? "Keeps faces and details of the inputs closer; costs more input tokens" : "The provider's default",
          }))}
        />
      )}
      <Segmented<Background>
        name="background"
        label="Background"
        value={params.background}
        onChange={(v) => set("background", v)}
        options={[
          { value: "auto", label: "Auto" },
          { value: "opaque", label: "Opaque" },
          { value: "transparent", label: "Transparent", title: "Needs PNG or WebP output" },
        ]}
      />
      <Segmented<OutputFormat>
        name="output_format"
        label="Format"
        value={params.output_format}
        onChange={(v) => set("output_format", v)}
        options={[
          { value: "png", label: "PNG" },
          { value: "jpeg", label: "JPEG", title: "JPEG has no transparency", disabled: transparent },
          { value: "webp", label: "WebP" },
        ]}
      />
      {lossy && (
        <div className="space-y-1.5">
          <div className="flex justify-between text-xs">
            <label htmlFor="edit-compression" className="font-medium text-muted">
              Compression quality
            </label>
            <span className="tabular-nums text-muted">{params.output_compression ?? 90}</span>
          </div>
          <input
            id="edit-compression"
            type="range"
            min={0}
            max={100}
            value={params.output_compression ?? 90}
            onChange={(e) => set("output_compression", Number(e.target.value))}
            className="w-full accent-[var(--color-accent)]"
          />
        </div>
      )}
    </>
  );
}
