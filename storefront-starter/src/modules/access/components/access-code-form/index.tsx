"use client"

import { useActionState } from "react"

import { enterAccessCode } from "@lib/data/access"
import ActionError from "@modules/common/components/action-error"

/** A box for an invitation's access code: private products appear once it is accepted. */
const AccessCodeForm = () => {
  const [result, submit, pending] = useActionState(enterAccessCode, null)

  return (
    <form action={submit} className="access-code-form" data-testid="access-code-form">
      <label htmlFor="access-code">Have an access code?</label>
      <input id="access-code" name="code" placeholder="XXXX-XXXX-XXXX-XXXX" autoComplete="off" required />
      <button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Unlock"}
      </button>
      {result?.success && <p className="muted">Unlocked: the products it opens are in the stores now.</p>}
      <ActionError error={result && !result.success ? result.error : null} testId="access-code-error" />
    </form>
  )
}

export default AccessCodeForm
