"use client";

// The gallery filter's project: a picker (recent projects, any other by name) whose choice is
// the form's `project` field, applied at once like the filter's other choices.
import { useRef, useState } from "react";
import { ProjectPicker } from "@/components/projects/project-picker";
import type { CurrentProject } from "@/lib/views/project";

export function ProjectFilter(props: { selected: CurrentProject | null; recent: CurrentProject[] }) {
  const [value, setValue] = useState(props.selected);
  const field = useRef<HTMLInputElement>(null);
  return (
    <div className="block min-w-48 flex-1">
      <ProjectPicker
        label="Project"
        value={value}
        recent={props.recent}
        anyLabel="All projects"
        testId="filter-project"
        onChange={(project) => {
          setValue(project);
          // The field is read by the form's submit now, before React renders the new value.
          field.current!.value = project?.id ?? "";
          field.current!.form?.requestSubmit();
        }}
      />
      <input ref={field} type="hidden" name="project" defaultValue={props.selected?.id ?? ""} />
    </div>
  );
}
