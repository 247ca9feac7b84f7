// After the relay project: every request the relay server sent its provider, and every answer
// it got, as the recording proxy logged them, held to OpenAI's specification (lib/openapi).
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eWireLog } from "../scripts/e2e-constants.mjs";
import { checkWireLog, describeWireLog } from "./fixtures/wire-log";

test("what the relay server sent its provider, and what came back, is as OpenAI's specification describes", async () => {
  const log = e2eWireLog(path.resolve(__dirname, ".."));
  expect(existsSync(log), `the recording proxy's log ${log}`).toBe(true);
  const check = await checkWireLog(log);
  console.info(describeWireLog(check));
  const { json, multipart } = check.counts;
  expect(json + multipart, "the relay server called its provider").toBeGreaterThan(0);
  expect(check.mismatches).toEqual([]);
});
