import { Button, Text, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { SecretOnce } from "../lib/secret-once"
import { useDistributorSecret, useRotateDistributorSecret } from "./hooks"

/**
 * The store's hand-off signing secret: its last characters, and a rotation that shows
 * the new one once. The distributor must switch at once: later attempts use the new one.
 */
export const DistributorSecret = ({ storeId, storeName }: { storeId: string; storeName: string }) => {
  const current = useDistributorSecret(storeId)
  const rotate = useRotateDistributorSecret(storeId)
  const prompt = usePrompt()

  const confirmRotate = async () => {
    const confirmed = await prompt({
      title: "Rotate the distributor secret?",
      description: `Hand-offs of ${storeName} are signed with the new secret from now on; the distributor must switch to it.`,
      confirmText: "Rotate",
      cancelText: "Cancel",
    })
    if (confirmed) {
      rotate.mutate()
    }
  }

  const hint = current.data?.distributor_secret?.hint
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="distributor-secret">
      <Text size="small" weight="plus">
        Distributor signing secret
      </Text>
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle">
          {hint ? `Ends in …${hint}` : "None yet: one is made with the first hand-off; rotate to see it."}
        </Text>
        <Button type="button" size="small" variant="secondary" isLoading={rotate.isPending} onClick={confirmRotate}>
          Rotate secret
        </Button>
      </div>
      {rotate.isError && (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(rotate.error, "Could not rotate the secret")}
        </Text>
      )}
      {rotate.data && (
        <SecretOnce
          title={`New signing secret for ${storeName}`}
          secret={rotate.data.distributor_secret.secret}
          testId="distributor-secret-new"
        />
      )}
    </div>
  )
}
