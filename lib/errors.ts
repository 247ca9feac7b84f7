// One error type for what a person is allowed to read: a code for programs, a sentence for people.
export type AppErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "UNAUTHORIZED" | "FORBIDDEN" | "CONFLICT" | "PROVIDER" | "TOO_LARGE";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}
