// The usage CSV through the real route, door and database: one line per generation, every
// field what the database holds (prompts with commas, quotes, line breaks and formulas come back
// intact after a CSV parse), unknown costs empty and marked, a member gets their own lines only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { prisma } from "@/lib/db/client";
import { join, makePerson, makeTeam } from "@/lib/testing/people";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
const route = await import("@/app/api/usage/csv/route");

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

const get = async (query = "from=2026-11-01&to=2026-11-30") => route.GET(new Request(`http://localhost/api/usage/csv?${query}`), { params: Promise.resolve({}) });
let teamId = "";
let owner: SignedIn, member: SignedIn;
const prompts = ['a "red" barn, at dusk', "two\nlines", "=HYPERLINK(\"http://x\")", "plain"];

beforeAll(async () => {
  owner = await makePerson("Uma");
  teamId = await makeTeam(owner, "Team U");
  member = await makePerson("Ugo");
  await join(member, teamId, "member");
  const project = await prisma.project.create({ data: { teamId, name: "Barns, \"etc\"" } });
  for (const [i, prompt] of prompts.entries()) {
    await prisma.generation.create({
      data: {
        teamId, projectId: project.id, createdById: i === 3 ? member.user.id : owner.user.id, kind: "generate", model: "gpt-image-1-mini", prompt, params: {},
        status: i === 1 ? "interrupted" : "succeeded", sentAt: new Date(), costUsd: i === 1 ? null : `0.00${i + 1}1`,
        textTokensIn: 10 + i, imageTokensOut: 272, createdAt: new Date(`2026-11-0${i + 2}T12:00:00Z`),
      },
    });
  }
  await prisma.budgetReservation.create({ data: { generationId: (await prisma.generation.findFirstOrThrow({ where: { teamId, prompt: "plain" } })).id, teamId, userId: member.user.id, month: "2026-11", micros: 4500n } });
});

describe("GET /api/usage/csv", () => {
  it("matches the database line for line, for owners", async () => {
    who.current = owner;
    const res = await get();
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...lines] = parseCsv(await res.text());
    expect(header).toContain("cost_usd");
    const db = await prisma.generation.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, include: { createdBy: true } });
    const col = (name: string) => header!.indexOf(name);
    expect(lines.map((l) => l[col("generation_id")])).toEqual(db.map((g) => g.id));
    for (const [i, g] of db.entries()) {
      const line = lines[i]!;
      expect(line[col("prompt")]).toBe(g.prompt.startsWith("=") ? `'${g.prompt}` : g.prompt);
      expect(line[col("cost_usd")]).toBe(g.costUsd?.toFixed() ?? "");
      expect(line[col("billing")]).toBe(g.costUsd === null ? "unknown" : "actual");
      expect(line[col("person")]).toBe(g.createdBy!.name);
      expect(Number(line[col("tokens_in")])).toBe(g.textTokensIn);
      expect(line[col("project")]).toBe('Barns, "etc"');
    }
    expect(lines.at(-1)![col("estimated_usd")]).toBe("0.0045");
  });

  it("gives a member their own lines only", async () => {
    who.current = member;
    const [, ...lines] = parseCsv(await (await get()).text());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("plain");
  });

  it("refuses a backwards range with a sentence", async () => {
    who.current = owner;
    const res = await get("from=2026-11-30&to=2026-11-01");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "The range ends before it starts." });
  });
});
