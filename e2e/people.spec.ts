import { expect, test } from "./fixtures/people";
import { signIn } from "./pages/auth";

// The fixtures (fixtures/people.ts) write rows and cookies instead of using the forms: this
// checks they make the same people a real sign-up and sign-in would.
test("the fixtures' owner, admin, member and viewer share one team, and their password works at the form", async ({ owner, admin, member, viewer, page }) => {
  // Four browsers of their own, so they load side by side.
  await Promise.all(
    [owner, admin, member, viewer].map(async (person) => {
      await person.page.goto("/studio");
      await expect(person.page.getByTestId("user-role")).toHaveText(new RegExp(person.role, "i"));
      await expect(person.page.getByTestId("team-switcher").locator("option:checked")).toHaveText(owner.team.name);
    }),
  );
  await expect(viewer.page.getByTestId("generate")).toBeDisabled();

  await signIn(page, member.user);
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByTestId("user-role")).toHaveText(/member/i);
});
