import { FetchError } from "@medusajs/js-sdk"

/** The message of a failed request: for Medusa 4xx errors, the server's `message`. */
export const getErrorMessage = (error: unknown): string => {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return "Something went wrong. Please try again."
}

export const isNotFound = (error: unknown): boolean => error instanceof FetchError && error.status === 404

/** For reads: a 404 (unknown or stale id) means "nothing", any other failure is thrown. */
export const nullIfNotFound = (error: unknown): null => {
  if (isNotFound(error)) {
    return null
  }
  throw error
}
