import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Channel } from "@/lib/ports/event-bus";
import { inProcessBus } from "./in-process-bus";

const note = (name: string): Channel<{ text: string }> => ({ name, parse: z.object({ text: z.string() }).parse });

describe("in-process event bus", () => {
  it("delivers to the subscribers of the channel only, in publish order, until they unsubscribe", async () => {
    const bus = inProcessBus();
    const heard: string[] = [];
    const off = bus.subscribe(note("a"), (e) => heard.push(`a:${e.text}`));
    bus.subscribe(note("b"), (e) => heard.push(`b:${e.text}`));
    await bus.publish(note("a"), { text: "one" });
    await bus.publish(note("b"), { text: "two" });
    await bus.publish(note("a"), { text: "three" });
    off();
    await bus.publish(note("a"), { text: "unheard" });
    expect(heard).toEqual(["a:one", "b:two", "a:three"]);
  });

  it("keeps two buses apart", async () => {
    const [one, two] = [inProcessBus(), inProcessBus()];
    const heard: string[] = [];
    two.subscribe(note("a"), (e) => heard.push(e.text));
    await one.publish(note("a"), { text: "elsewhere" });
    expect(heard).toEqual([]);
  });
});
