export const sqliteSchemaPath: string;
export const pgSchemaPath: string;
export function postgresSchema(sqliteText: string): string;
