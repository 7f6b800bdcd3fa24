import { NextResponse } from "next/server"

import { retrieveExpectedDeliveries } from "@lib/data/deliveries"

export const dynamic = "force-dynamic"

/** The expected deliveries, once: read again on every relayed update, and polled while the stream is down. */
export async function GET() {
  try {
    return NextResponse.json({ expected_deliveries: await retrieveExpectedDeliveries() })
  } catch {
    return NextResponse.json({ message: "Deliveries are unavailable right now." }, { status: 502 })
  }
}
