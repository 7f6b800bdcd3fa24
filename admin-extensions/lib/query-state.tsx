import { Text } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { errorMessage } from "./error-message"

type QueryStateProps<T> = {
  query: Pick<UseQueryResult<T>, "data" | "error" | "isError" | "isPending">
  /** Said when the server gives no message of its own. */
  errorFallback: string
  loadingText?: string
  className?: string
  children: (data: T) => ReactNode
}

/** The server's error, or a loading line, until the data is there to render. */
export function QueryState<T>({
  query,
  errorFallback,
  loadingText = "Loading...",
  className = "px-6 py-4",
  children,
}: QueryStateProps<T>) {
  if (query.isError) {
    return (
      <Text size="small" className={`text-ui-fg-error ${className}`}>
        {errorMessage(query.error, errorFallback)}
      </Text>
    )
  }
  if (query.isPending || query.data === undefined) {
    return (
      <Text size="small" className={`text-ui-fg-subtle ${className}`}>
        {loadingText}
      </Text>
    )
  }
  return <>{children(query.data)}</>
}
