import { sdk } from "../lib/sdk"
import type {
  CreatePartnerBody,
  PartnerListResponse,
  PartnerResponse,
  PartnerSpendResponse,
  PartnerWithSecretResponse,
  UpdatePartnerBody,
} from "./types"

const partnersPath = "/admin/partners"

export const partnersApi = {
  list: () => sdk.client.fetch<PartnerListResponse>(partnersPath),

  create: (body: CreatePartnerBody) => sdk.client.fetch<PartnerWithSecretResponse>(partnersPath, { method: "POST", body }),

  update: (id: string, body: UpdatePartnerBody) =>
    sdk.client.fetch<PartnerResponse>(`${partnersPath}/${encodeURIComponent(id)}`, { method: "POST", body }),

  rotate: (id: string, overlapMinutes: number) =>
    sdk.client.fetch<PartnerWithSecretResponse>(`${partnersPath}/${encodeURIComponent(id)}/rotate-secret`, {
      method: "POST",
      body: { overlap_minutes: overlapMinutes },
    }),

  spend: (id: string) => sdk.client.fetch<PartnerSpendResponse>(`${partnersPath}/${encodeURIComponent(id)}/spend`),
}
