import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A fresh person for each test: unique email, known password. */
export function newPerson(name: string) {
  counter += 1;
  const slug = `${name.toLowerCase()}-${Date.now().toString(36)}-${counter}`;
  return { name, email: `${slug}@example.test`, password: "correct horse battery", teamName: `${name}'s studio` };
}

export type Person = ReturnType<typeof newPerson>;

export async function signUp(page: Page, person: Person, opts: { invite?: string } = {}) {
  await page.goto(opts.invite ? `/sign-up?invite=${opts.invite}` : "/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  if (!opts.invite) await page.getByLabel("Team name").fill(person.teamName);
  await page.getByRole("button", { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/studio$/);
}

export async function signIn(page: Page, person: Pick<Person, "email" | "password">) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
