// The JS SDK throws FetchError carrying the server's `{ message }` for 4xx responses.
export const errorMessage = (error: unknown, fallback = "Something went wrong"): string =>
  error instanceof Error && error.message ? error.message : fallback
