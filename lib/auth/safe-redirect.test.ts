import { describe, expect, it } from "vitest";
import { afterSignInPath, authRedirect, sameOriginPath } from "./safe-redirect";
import { INVITE_TOKEN_BYTES } from "@/lib/db/invites";

const HOSTILE = [
  "https://other.example/phish",
  "http:other.example",
  "//other.example/phish",
  "///other.example",
  "/\\other.example",
  "\\\\other.example",
  "/%2F/other.example",
  "/%2f%2fother.example",
  "/invite/../../..//other.example/phish",
  "/invite/..%2F..%2F..%2F%2Fother.example%2Fphish",
  "/invite/%2E%2E/%2E%2E//other.example",
  "/invite/%252E%252E%252F%252Fother.example",
  "/studio%5C..%5Cother",
  "/studio\t/x",
  "/studio\n//other.example",
  "/%0d%0aSet-Cookie:x=1",
  "javascript:alert(1)",
  "data:text/html,hi",
  " /studio",
  "studio",
  "",
  "/%E0%A4%A",
  null,
  undefined,
  42,
  ["/studio"],
];

describe("sameOriginPath", () => {
  it.each(HOSTILE.map((input) => [JSON.stringify(input), input]))("refuses %s", (_, input) => {
    expect(sameOriginPath(input, "/home")).toBe("/home");
  });

  it("keeps paths of this site, with their query and fragment", () => {
    expect(sameOriginPath("/studio")).toBe("/studio");
    expect(sameOriginPath("/gallery?after=abc&x=%2F#top")).toBe("/gallery?after=abc&x=%2F#top");
    expect(sameOriginPath("/invite/Abc_-123")).toBe("/invite/Abc_-123");
  });

  it("falls back to the studio by default", () => {
    expect(sameOriginPath("//other.example")).toBe("/studio");
  });
});

describe("authRedirect (Auth.js callbackUrl)", () => {
  const baseUrl = "http://localhost:3000";
  it("keeps this site's URLs, absolute or relative", () => {
    expect(authRedirect({ url: "/sign-in", baseUrl })).toBe("http://localhost:3000/sign-in");
    expect(authRedirect({ url: "http://localhost:3000/gallery?after=1", baseUrl })).toBe("http://localhost:3000/gallery?after=1");
  });

  it.each([
    "https://other.example/",
    "http://localhost:3000//other.example/phish",
    "http://localhost:3000/invite/../..//other.example",
    "//other.example",
    "/invite/..%2F..%2F%2Fother.example",
    "http://localhost:3001/studio",
    "not a url",
  ])("sends %s to this site's studio", (url) => {
    const target = new URL(authRedirect({ url, baseUrl }));
    expect(target.origin).toBe(baseUrl);
    expect(target.pathname).toBe("/studio");
  });
});

describe("afterSignInPath", () => {
  it("goes to an invitation only when the token has an invitation's format", () => {
    const token = Buffer.alloc(INVITE_TOKEN_BYTES, 7).toString("base64url");
    expect(afterSignInPath(token)).toBe(`/invite/${token}`);
    expect(afterSignInPath(undefined)).toBe("/studio");
    expect(afterSignInPath("../../..//other.example/phish")).toBe("/studio");
    expect(afterSignInPath(`${token}/../..//x`)).toBe("/studio");
    expect(afterSignInPath(`${token}?next=//x`)).toBe("/studio");
  });
});
