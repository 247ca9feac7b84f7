export function chromiumPath(): string | undefined;
export function playwrightOwnChromium(): Promise<string | undefined>;
