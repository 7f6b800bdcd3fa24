import { NextResponse, type NextRequest } from "next/server"

import { sdk } from "@lib/config"
import { cartHeaders } from "@lib/data/access"
import { FetchError } from "@medusajs/js-sdk"
import type { FederatedStockResponse } from "types/federated"

export const dynamic = "force-dynamic"

/** The live counts, once: what the product page polls when the stream is unavailable. */
export async function GET(request: NextRequest) {
  try {
    const stock = await sdk.client.fetch<FederatedStockResponse>("/store/federated-stock", {
      method: "GET",
      query: { variant_ids: request.nextUrl.searchParams.get("variant_ids") ?? "" },
      headers: await cartHeaders(),
      cache: "no-store",
    })
    return NextResponse.json(stock)
  } catch (error) {
    const status = error instanceof FetchError && error.status ? error.status : 502
    return NextResponse.json({ message: "Stock counts are unavailable right now." }, { status })
  }
}
