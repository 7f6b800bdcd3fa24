// A JSON client over plain fetch for the scripts that call a running Medusa (pack check,
// benchmark, multi-instance race). Every answer is { status, json, text, ms }, whatever the
// status; no answer at all (refused, reset) is status 0 with the reason as text.
import { performance } from "node:perf_hooks"

export function httpClient(baseUrl, headers = {}) {
  return {
    baseUrl,
    async request(method, route, body) {
      const started = performance.now()
      try {
        const response = await fetch(`${baseUrl}${route}`, {
          method,
          headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        })
        const text = await response.text()
        let json
        try {
          json = JSON.parse(text)
        } catch {
          json = undefined
        }
        return { status: response.status, json, text, ms: performance.now() - started }
      } catch (error) {
        return { status: 0, json: undefined, text: `${error.cause?.code ?? error.message}`, ms: performance.now() - started }
      }
    },
  }
}
