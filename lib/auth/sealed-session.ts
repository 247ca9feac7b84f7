// The session id sealed in an Auth.js cookie, opened once per cookie value and process. Opening
// is a key derivation and a decryption (about a millisecond), and a browser sends the same
// cookie with every image it shows. The answer is a pure function of the cookie's bytes and the
// secret, so keeping it changes nothing about who is refused: the Session row behind the id is
// still read on every request (lib/auth/session.ts), and a sign-out deletes it. An entry is
// kept a few minutes, so Auth.js still sees each cookie often enough to roll it over.
import "server-only";

const KEPT_MS = 5 * 60_000;
const MAX_ENTRIES = 5_000;
const COOKIE = /^(?:__Secure-)?authjs\.session-token$/;

const opened = new Map<string, { sid: string; at: number }>();

interface CookieJar {
  getAll(): { name: string; value: string }[];
}

/** The sid sealed in the request's session cookie; `open` is Auth.js's own reading of it. */
export async function sealedSessionId(jar: CookieJar, open: () => Promise<string | undefined>): Promise<string | undefined> {
  const sealed = jar.getAll().filter((c) => COOKIE.test(c.name));
  // No cookie, or one split into chunks: Auth.js reads it (and answers no one or someone).
  if (sealed.length !== 1) return open();
  const key = sealed[0]!.value;
  const now = Date.now();
  const hit = opened.get(key);
  if (hit && now - hit.at < KEPT_MS) return hit.sid;
  const sid = await open();
  if (sid) {
    if (opened.size >= MAX_ENTRIES) opened.delete(opened.keys().next().value!);
    opened.delete(key);
    opened.set(key, { sid, at: now });
  }
  return sid;
}
