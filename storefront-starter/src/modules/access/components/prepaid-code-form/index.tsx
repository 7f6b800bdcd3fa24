"use client"

import Link from "next/link"
import { useActionState } from "react"

import { enterPrepaidCode } from "@lib/data/access"
import ActionError from "@modules/common/components/action-error"

/**
 * A box for a prepaid code, shown to a shopper who came from a partner: the item the
 * code paid for goes into the cart at $0 and is delivered to the partner account.
 */
const PrepaidCodeForm = () => {
  const [result, submit, pending] = useActionState(enterPrepaidCode, null)

  return (
    <form action={submit} className="access-code-form" data-testid="prepaid-code-form">
      <label htmlFor="prepaid-code">Have a prepaid code?</label>
      <input id="prepaid-code" name="code" placeholder="XXXX-XXXX-XXXX-XXXX" autoComplete="off" required />
      <button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Redeem"}
      </button>
      {result?.success && (
        <p className="muted" data-testid="prepaid-code-redeemed">
          Redeemed: the item is in your <Link href="/cart">cart</Link> at no charge.
        </p>
      )}
      <ActionError error={result && !result.success ? result.error : null} testId="prepaid-code-error" />
    </form>
  )
}

export default PrepaidCodeForm
