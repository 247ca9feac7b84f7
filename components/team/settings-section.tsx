// One titled block of the settings page: a heading and a sentence on the left of the content.
import { useId } from "react";

export function SettingsSection(props: {
  title: string;
  description: React.ReactNode;
  tone?: "default" | "danger";
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex items-end justify-between gap-4">
        <div className="space-y-0.5">
          <h2 id={id} className={`text-lg font-semibold ${props.tone === "danger" ? "text-danger" : ""}`}>
            {props.title}
          </h2>
          <p className="text-sm text-muted">{props.description}</p>
        </div>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}
