// Stands in for the "server-only" marker package inside vitest, where everything runs on the server.
export {};
