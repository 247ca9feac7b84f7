export const RELAY_KEY: string;
export function e2eDataDir(root: string, relay: boolean): string;
export function relayProxyPort(): string;
export function e2eWireLog(root: string): string;
export function e2eServerPort(relay: boolean): string;
export function e2eDatabaseUrl(port: string): string | undefined;
