import { sdk } from "../lib/sdk"
import type {
  CreatedFederatedStoreResponse,
  CreateFederatedStoreBody,
  DistributorSecretResponse,
  FederatedStoreDeleteResponse,
  FederatedStoreListQuery,
  FederatedStoreListResponse,
  FederatedStoreProductsBody,
  FederatedStoreResponse,
  ProductFederatedStoreResponse,
  RotatedDistributorSecretResponse,
  UpdateFederatedStoreBody,
} from "./types"

const storesPath = "/admin/federated-stores"
const storePath = (id: string) => `${storesPath}/${encodeURIComponent(id)}`

export const federationApi = {
  list: ({ q, limit, offset }: FederatedStoreListQuery) =>
    sdk.client.fetch<FederatedStoreListResponse>(storesPath, {
      query: q ? { q, limit, offset } : { limit, offset },
    }),

  create: (body: CreateFederatedStoreBody) =>
    sdk.client.fetch<CreatedFederatedStoreResponse>(storesPath, { method: "POST", body }),

  update: (id: string, body: UpdateFederatedStoreBody) =>
    sdk.client.fetch<FederatedStoreResponse>(storePath(id), { method: "POST", body }),

  remove: (id: string) => sdk.client.fetch<FederatedStoreDeleteResponse>(storePath(id), { method: "DELETE" }),

  updateProducts: (id: string, body: FederatedStoreProductsBody) =>
    sdk.client.fetch<FederatedStoreResponse>(`${storePath(id)}/products`, {
      method: "POST",
      body,
    }),

  distributorSecret: (id: string) => sdk.client.fetch<DistributorSecretResponse>(`${storePath(id)}/distributor-secret`),

  rotateDistributorSecret: (id: string) =>
    sdk.client.fetch<RotatedDistributorSecretResponse>(`${storePath(id)}/distributor-secret`, { method: "POST" }),

  retrieveForProduct: (productId: string) =>
    sdk.client.fetch<ProductFederatedStoreResponse>(`/admin/products/${encodeURIComponent(productId)}/federated-store`),
}
