// What "Test connection" found (test-connection.ts), as the settings page shows it.
export interface ConnectionReport {
  reachable: boolean;
  /** null: the answer could not tell. */
  keyAccepted: boolean | null;
  /** The models it answered with that Fresco knows; null when it does not list models. */
  models: string[] | null;
  summary: string;
}
