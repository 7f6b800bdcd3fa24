import { toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useDeleteFederatedStore } from "./hooks"
import type { FederatedStore } from "./types"

export const useConfirmDeleteStore = () => {
  const prompt = usePrompt()
  const remove = useDeleteFederatedStore()

  return async (store: FederatedStore) => {
    const confirmed = await prompt({
      title: `Delete ${store.name}?`,
      description:
        "This removes the store from the federation. A store that still has products cannot be deleted; move its products first.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    remove.mutate(store.id, {
      onSuccess: () => toast.success(`Store "${store.name}" deleted`),
      // A 409 here means the store still has products; the server says so in its message.
      onError: (error) => toast.error(errorMessage(error, "Could not delete the store")),
    })
  }
}
