"use client"

import { useState, useTransition } from "react"

import type { ActionResult } from "types/federated"

/** Runs a cart server action from a button, keeping its refusal to show the shopper. */
export function useCartAction() {
  const [error, setError] = useState<string | null>(null)
  const [isPending, startTransition] = useTransition()

  const run = (action: () => Promise<ActionResult>) => {
    setError(null)
    startTransition(async () => {
      const result = await action()
      if (!result.success) {
        setError(result.error)
      }
    })
  }

  return { run, error, isPending }
}
