import { sdk } from "../lib/sdk"
import type { GeneratedBatch, PrepaidCode, PrepaidCodeFilters, PrepaidCodeListResponse } from "./types"

const path = "/admin/prepaid-codes"

export const prepaidCodesApi = {
  list: (filters: PrepaidCodeFilters) =>
    sdk.client.fetch<PrepaidCodeListResponse>(path, {
      query: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== "")),
    }),

  generate: (body: { variant_id: string; count: number }) =>
    sdk.client.fetch<GeneratedBatch>(`${path}/batches`, { method: "POST", body }),

  revoke: (id: string) =>
    sdk.client.fetch<{ prepaid_code: PrepaidCode }>(`${path}/${encodeURIComponent(id)}/revoke`, { method: "POST" }),
}
