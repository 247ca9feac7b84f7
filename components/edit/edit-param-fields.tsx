"use client";

// Model, count, size, quality, background, output format and input fidelity for an edit.
import { CountStepper } from "@/components/studio/params/count-stepper";
import { FormatFields } from "@/components/studio/params/format-fields";
import { QualityField } from "@/components/studio/params/quality-field";
import { ModelSelect } from "@/components/studio/params/model-select";
import { SizePicker } from "@/components/studio/size-picker";
import { Segmented } from "@/components/ui/segmented";
import { useProviderFit } from "@/components/studio/params/use-provider-fit";
import type { InputFidelity, ModelId } from "@/lib/images/models";
import { ENV_DEFAULT_CHOICE, type ProviderChoice } from "@/lib/provider/limits";
import { resolveSize } from "@/lib/images/resolve-auto";
import type { EditPanelParams, SetEditParam } from "./use-edit-params";

export function EditParamFields(props: {
  params: EditPanelParams;
  set: SetEditParam;
  patch: (changes: Partial<EditPanelParams>) => void;
  base?: { width: number; height: number };
  onSizeError?: (message: string | null) => void;
  /** The provider edits go to; its limits narrow the model's (as the server checks). */
  provider?: ProviderChoice;
}) {
  const { params, set, patch } = props;
  const provider = props.provider ?? ENV_DEFAULT_CHOICE;
  const model = useProviderFit(params, provider, patch);
  return (
    <>
      <ModelSelect endpoint="edit" value={params.model as ModelId} onChange={(m) => set("model", m)} only={provider.models} />
      <div className="space-y-1">
        <SizePicker model={model} value={params.size} onChange={(s) => set("size", s)} onError={props.onSizeError} />
        {params.size === "auto" && props.base && (
          <p className="text-xs text-muted" data-testid="auto-size">
            Auto: {resolveSize("auto", props.base).replace("x", " × ")}, the closest to the image’s shape
          </p>
        )}
      </div>
      <QualityField qualities={model.qualities} value={params.quality} onChange={(q) => set("quality", q)} />
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
      <FormatFields params={params} patch={patch} transparency={model.transparency} formats={model.formats} />
    </>
  );
}
