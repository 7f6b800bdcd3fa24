"use server"

import { sdk } from "@lib/config"
import { nullIfNotFound } from "@lib/util/errors"
import type { OrderGroup, OrderGroupResponse } from "types/federated"

/** What a checked-out cart became: one order per store, or null when it was not checked out. */
export const retrieveOrderGroup = async (cartId: string): Promise<OrderGroup | null> =>
  sdk.client
    .fetch<OrderGroupResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}/order-group`, {
      method: "GET",
      cache: "no-store",
    })
    .then(({ order_group }) => order_group)
    .catch(nullIfNotFound)
