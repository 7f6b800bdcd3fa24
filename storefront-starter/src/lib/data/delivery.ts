"use server"

import { sdk } from "@lib/config"
import { changeCart } from "@lib/data/change-cart"
import type { ActionResult, DeliveryKind, FederatedCartResponse } from "types/federated"

/** Chooses how one cart line is delivered; the server refuses a kind its product does not allow. */
export const chooseLineDelivery = async (lineId: string, kind: DeliveryKind): Promise<ActionResult> =>
  changeCart((cartId) =>
    sdk.client.fetch<FederatedCartResponse>(
      `/store/federated-carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}/delivery`,
      { method: "POST", body: { kind }, cache: "no-store" }
    )
  )
