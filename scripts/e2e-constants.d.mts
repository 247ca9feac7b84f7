export const RELAY_KEY: string;
