import type { AxiosInstance, AxiosResponse } from "axios"

/** Resolves to the response whatever its status, so tests can assert on 4xx bodies. */
export function settle<T = any>(request: Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>> {
  return request.catch((error) => {
    if (!error.response) {
      throw error
    }
    return error.response
  })
}

/** The suites' HTTP client: the `api` Medusa's test runner hands each suite (an axios instance). */
export type Api = Pick<AxiosInstance, "get" | "post" | "delete">

/** Request options carrying headers (a publishable key, an admin's bearer token). */
export type Headers = { headers: Record<string, string> }
