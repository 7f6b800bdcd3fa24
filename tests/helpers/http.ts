import type { AxiosResponse } from "axios"

/** Resolves to the response whatever its status, so tests can assert on 4xx bodies. */
export function settle<T = any>(request: Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>> {
  return request.catch((error) => {
    if (!error.response) {
      throw error
    }
    return error.response
  })
}
