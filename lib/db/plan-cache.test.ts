// Read plans are compiled once per exact request; writes are compiled every time (their plans
// may hold values made at compile time); the cache is bounded; each caller gets its own copy.
import { describe, expect, it } from "vitest";
import { cacheReadPlans } from "./plan-cache";

function fakeCompiler() {
  let compiled = 0;
  class Compiler {
    compile(request: string): unknown {
      compiled++;
      return { request, args: [{ at: new Date(0), n: compiled }] };
    }
  }
  cacheReadPlans(Compiler);
  return { compiler: new Compiler(), compiled: () => compiled };
}

const read = (id: string) => JSON.stringify({ modelName: "User", action: "findUnique", query: { arguments: { where: { id } } } });
const write = (id: string) => JSON.stringify({ modelName: "User", action: "createOne", query: { arguments: { data: { id } } } });

describe("the plan cache", () => {
  it("compiles a read once and a write every time", () => {
    const { compiler, compiled } = fakeCompiler();
    const first = compiler.compile(read("a"));
    const second = compiler.compile(read("a"));
    expect(second).toEqual(first);
    expect(compiled()).toBe(1);
    compiler.compile(read("b"));
    expect(compiled()).toBe(2);
    compiler.compile(write("a"));
    compiler.compile(write("a"));
    expect(compiled()).toBe(4);
  });

  it("hands each caller a copy, so a plan changed by one run is not the next run's", () => {
    const { compiler } = fakeCompiler();
    const plan = compiler.compile(read("a")) as { args: { n: number }[] };
    plan.args[0]!.n = 99;
    const again = compiler.compile(read("a")) as { args: { n: number; at: Date }[] };
    expect(again.args[0]!.n).toBe(1);
    expect(again.args[0]!.at).toBeInstanceOf(Date);
  });

  it("compiles a long request every time, so the cache's memory stays bounded", () => {
    const { compiler, compiled } = fakeCompiler();
    const long = read("x".repeat(5000));
    compiler.compile(long);
    compiler.compile(long);
    expect(compiled()).toBe(2);
  });

  it("keeps at most a thousand plans, dropping the least recently used", () => {
    const { compiler, compiled } = fakeCompiler();
    for (let i = 0; i < 1001; i++) compiler.compile(read(`id${i}`));
    expect(compiled()).toBe(1001);
    compiler.compile(read("id1000"));
    expect(compiled()).toBe(1001);
    compiler.compile(read("id0"));
    expect(compiled()).toBe(1002);
  });
});
