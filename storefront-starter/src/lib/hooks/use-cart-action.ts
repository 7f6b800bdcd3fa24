"use client"

import { useState, useTransition } from "react"

import type { ActionResult } from "types/federated"

/** Runs a cart server action from a button, keeping its refusal to show the shopper. */
export function useCartAction() {
  const [error, setError] = useState<string | null>(null)
  // Whether the last run was accepted (false before the first).
  const [succeeded, setSucceeded] = useState(false)
  const [isPending, startTransition] = useTransition()

  const run = (action: () => Promise<ActionResult>) => {
    setError(null)
    setSucceeded(false)
    startTransition(async () => {
      const result = await action()
      if (result.success) {
        setSucceeded(true)
      } else {
        setError(result.error)
      }
    })
  }

  return { run, error, isPending, succeeded }
}
