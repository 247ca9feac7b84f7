export function testPostgresUrl(): string | undefined;
export function databaseUrlFor(url: string, database: string): string;
export function testDatabaseName(what: string): string;
export function createMigratedDatabase(url: string, name: string): Promise<void>;
export function copyDatabase(url: string, template: string, name: string): Promise<void>;
export function dropDatabase(url: string, name: string): Promise<void>;
export function recreateDatabase(url: string, name: string): Promise<void>;
export function dropDatabasesStartingWith(url: string, prefix: string): Promise<void>;
