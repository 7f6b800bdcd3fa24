"use client"

type ErrorProps = {
  error: Error & { digest?: string }
  reset: () => void
}

/** Shown when a page cannot load its data (e.g. the Medusa server is down). */
export default function Error({ error, reset }: ErrorProps) {
  return (
    <div className="container" data-testid="page-error">
      <h1>Something went wrong</h1>
      <p className="error">
        {process.env.NODE_ENV === "development" ? error.message : "We couldn't load this page. Please try again."}
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
