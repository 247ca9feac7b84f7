export const RELAY_KEY: string;
export function e2eDataDir(root: string, relay: boolean): string;
export function relayProxyPort(): string;
export function e2eWireLog(root: string): string;
