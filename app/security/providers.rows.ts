// Cross-team rows for providers: edit, remove, make default and test another team's provider
// (its key is never opened for the caller); a new provider is the caller's team's.
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { createProvider } from "@/lib/db/providers";
import { MODEL_IDS } from "@/lib/images/models";
import { encryptKey } from "@/lib/auth/provider-keys";
import { who } from "@/lib/testing/signed-in";
import { addProviderAction } from "@/lib/actions/providers/add-provider";
import { removeProviderAction } from "@/lib/actions/providers/remove-provider";
import { setDefaultProviderAction } from "@/lib/actions/providers/set-default-provider";
import { testProviderAction } from "@/lib/actions/providers/test-provider";
import { updateProviderAction } from "@/lib/actions/providers/update-provider";
import { a, b, succeeded, type Row, type SessionRow } from "./fixture";

const aProviders = {} as { providerId: string };
// Nothing listens here: "Test connection" of an own provider reports unreachable, and succeeds.
const NOWHERE = "http://127.0.0.1:9/v1";

// Every model, so that team B's later submissions in this suite are not refused by the default
// provider these rows leave behind.
const provider = (teamId: string, name: string) =>
  createProvider({ teamId, name, preset: "custom", baseURL: NOWHERE, models: [...MODEL_IDS], keyCiphertext: encryptKey("sk-a-team-secret"), keyLast4: "cret" });

export async function setUpProviders() {
  aProviders.providerId = (await provider(a.teamId, "A's relay")).id;
}

const bProvider = async () => (await provider(b.teamId, `B's relay ${crypto.randomUUID().slice(0, 8)}`)).id;

export const providerRows: Row[] = [
  {
    name: "edit a provider", door: "updateProviderAction",
    call: (id) => updateProviderAction({ providerId: id, name: "Taken by B", baseURL: "https://evil.example/v1", key: "sk-b-key-12345678", models: ["gpt-image-1"] }),
    foreign: () => aProviders.providerId,
    own: bProvider,
    ok: succeeded,
  },
  {
    name: "remove a provider", door: "removeProviderAction",
    call: (id) => removeProviderAction({ providerId: id }),
    foreign: () => aProviders.providerId,
    own: bProvider,
    ok: succeeded,
  },
  {
    name: "make a provider the default", door: "setDefaultProviderAction",
    call: (id) => setDefaultProviderAction({ providerId: id }),
    foreign: () => aProviders.providerId,
    own: bProvider,
    ok: succeeded,
  },
  {
    name: "test a provider's connection (opens its key)", door: "testProviderAction",
    call: (id) => testProviderAction({ providerId: id }),
    foreign: () => aProviders.providerId,
    own: bProvider,
    ok: succeeded,
  },
];

export const providerSessionRows: SessionRow[] = [
  {
    door: "addProviderAction",
    name: "a new provider is the caller's team's",
    act: async () => {
      who.current = b.owner;
      const { data } = await addProviderAction({ name: "B's new relay", preset: "custom", baseURL: NOWHERE, key: "sk-b-key-12345678", models: ["gpt-image-1"] });
      expect((await prisma.provider.findUniqueOrThrow({ where: { id: data!.provider.id } })).teamId).toBe(b.teamId);
    },
  },
];
