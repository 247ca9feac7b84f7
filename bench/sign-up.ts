// A fresh person and team for a browser benchmark.
import type { Page } from "@playwright/test";

export async function signUpForBench(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-up`);
  await page.getByLabel("Your name").fill("Bench");
  await page.getByLabel("Email").fill(`bench-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByLabel("Team name").fill("Bench");
  await page.getByRole("button", { name: /Create account/ }).click();
  await page.waitForURL(/\/studio$/);
}
