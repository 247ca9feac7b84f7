import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/people";
import { newPerson, signIn, signUp, type Person } from "./pages/auth";
import { StudioPage } from "./pages/studio";

async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function generate(page: Page, prompt: string) {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.generate({ prompt, quality: "Low" });
  await expect(studio.generation(prompt).getByTestId("status")).toHaveAttribute("data-status", "succeeded");
}

async function inviteLink(page: Page, role: "Member" | "Viewer" | "Admin" = "Member"): Promise<string> {
  await page.goto("/settings/team");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByTestId("create-invite").click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  return new URL(link).pathname.split("/").pop()!;
}

// Sign-up and invitations are the subject here, so Ann and Ben go through the forms.
test("a team works together and nobody else sees its work", async ({ browser, person }) => {
  const ann: Person = newPerson("Ann");
  const ben: Person = newPerson("Ben");

  // Ann signs up: her team exists and she owns it.
  const annPage = await personPage(browser);
  await signUp(annPage, ann);
  await expect(annPage.getByTestId("team-switcher").locator("option:checked")).toHaveText(ann.teamName);
  await expect(annPage.getByTestId("user-role")).toHaveText(/owner/i);
  await generate(annPage, "Ann's copper teapot");

  // Ben joins by link as a member and sees Ann's work; Ann sees his.
  const token = await inviteLink(annPage, "Member");
  const benPage = await personPage(browser);
  await benPage.goto(`/invite/${token}`);
  await expect(benPage.getByRole("heading", { name: `Join ${ann.teamName}` })).toBeVisible();
  await benPage.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(benPage, ben, { invite: token });
  await expect(benPage.getByTestId("user-role")).toHaveText(/member/i);
  // The team's gallery has Ann's work; Ben's studio starts in a project of his own, empty.
  await benPage.goto("/gallery");
  await expect(benPage.getByTestId("gallery-item")).toHaveCount(1);
  await benPage.goto("/studio");
  await expect(new StudioPage(benPage).generation("Ann's copper teapot")).toHaveCount(0);
  await generate(benPage, "Ben's glass orchard");
  await annPage.goto("/gallery");
  await expect(annPage.getByTestId("gallery-item")).toHaveCount(2);

  // The link works once.
  const latePage = await personPage(browser);
  await latePage.goto(`/invite/${token}`);
  await expect(latePage.getByText("This invitation has already been used.")).toBeVisible();

  // Cat, in a team of her own, sees none of it, even with the addresses in hand.
  await annPage.getByTestId("gallery-item").first().click();
  await expect(annPage).toHaveURL(/\/gallery\/\w+\?image=\w+$/); // a tile opens its image
  const detailUrl = annPage.url();
  const imageUrl = await annPage.getByTestId("full-image-link").first().getAttribute("href");
  const { page: catPage } = await person();
  await catPage.goto("/gallery");
  await expect(catPage.getByTestId("gallery-item")).toHaveCount(0);
  await catPage.goto(detailUrl);
  await expect(catPage.getByText("Not found")).toBeVisible();
  expect((await catPage.request.get(imageUrl!)).status()).toBe(404);
  expect((await catPage.request.get(`${imageUrl}?variant=thumb`)).status()).toBe(404);

  // Nobody signed out gets an image either.
  const anonymous = await personPage(browser);
  expect((await anonymous.request.get(imageUrl!)).status()).toBe(401);
  await anonymous.goto("/gallery");
  await expect(anonymous).toHaveURL(/\/sign-in$/);
});

test("a role change and a removal take effect on the person's next request", async ({ owner, member }) => {
  const { page: ownerPage } = owner;
  const { page: memberPage } = member;
  await memberPage.goto("/studio");
  await expect(memberPage.getByTestId("generate")).toBeEnabled();
  await memberPage.getByTestId("prompt").fill("Milo's first try");

  // Made a viewer while his page is open: the very next submit is refused by the server.
  await ownerPage.goto("/settings/team");
  const row = ownerPage.getByTestId("member-row").and(ownerPage.locator(`[data-email="${member.user.email}"]`));
  await row.getByTestId("role-select").selectOption("viewer");
  await expect(row.getByTestId("role-select")).toHaveValue("viewer");
  await memberPage.getByTestId("generate").click();
  await expect(memberPage.getByText(/As a viewer of .* you cannot do this/)).toBeVisible();
  await memberPage.reload();
  await expect(memberPage.getByTestId("generate")).toBeDisabled();
  await expect(memberPage.getByTestId("viewer-note")).toBeVisible();

  // Removed: the next page load no longer shows the team.
  await row.getByTestId("remove-member").click();
  await ownerPage.getByTestId("confirm-button").click();
  await expect(row).toHaveCount(0);
  await memberPage.goto("/gallery");
  await expect(memberPage).toHaveURL(/\/welcome$/);
});

// Sign-in is the subject here: the person signs up and in through the forms.
test("signing out ends the session on the server, and failed sign-ins are throttled", async ({ browser }) => {
  const person = newPerson("Sam");
  const page = await personPage(browser);
  await signUp(page, person);
  const cookies = await page.context().cookies();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The old cookie, replayed, is worth nothing: its server-side session is gone.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/studio");
  await expect(replayPage).toHaveURL(/\/sign-in$/);

  for (let i = 0; i < 5; i++) {
    await signIn(page, { email: person.email, password: `wrong password ${i}` });
    await expect(page.getByTestId("auth-error")).toHaveText(/do not match|Too many/);
  }
  await signIn(page, person); // even the right password waits out the pause
  await expect(page.getByTestId("auth-error")).toHaveText(/Too many failed sign-ins/);
});

test("a server action posted from another origin is refused", async ({ owner: { page } }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    studio.generate({ prompt: "A kite over dunes", quality: "Low" }),
  ]);
  await expect(studio.generation("A kite over dunes").getByTestId("status")).toHaveAttribute("data-status", "succeeded");

  // Replays with a fresh idempotency key, so an accepted replay would make a new generation.
  const replay = (origin: string) =>
    page.request.post(request.url(), {
      headers: { ...request.headers(), origin },
      data: (request.postData() ?? "").replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, crypto.randomUUID()),
    });
  const forged = await replay("https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.reload();
  await expect(page.getByTestId("generation")).toHaveCount(1);

  // The same request from the app's own origin goes through: only the origin made the difference.
  const genuine = await replay(new URL(page.url()).origin);
  expect(genuine.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("generation")).toHaveCount(2);
});
