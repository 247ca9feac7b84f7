// Auth.js's own endpoints (sign-in callbacks, CSRF token, sign-out). They are the door
// itself, so they are the one route that is not behind withTeam.
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
