import { Button, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { AccountSpendDrawer } from "./account-spend-drawer"
import { DeliveryUrlCell } from "./delivery-url-cell"
import { useRotatePartnerSecret } from "./hooks"
import type { Partner, PartnerWithSecretResponse } from "./types"

// A day for the partner to deploy the new secret before the old one stops working.
const ROTATION_OVERLAP_MINUTES = 24 * 60

const keyState = (expiresAt: string | null) =>
  expiresAt === null ? "current" : new Date(expiresAt) > new Date() ? `until ${new Date(expiresAt).toLocaleString()}` : "retired"

export const PartnersTable = ({
  partners,
  onRotated,
}: {
  partners: Partner[]
  onRotated: (rotated: PartnerWithSecretResponse) => void
}) => {
  const rotate = useRotatePartnerSecret()
  const [showingAccounts, setShowingAccounts] = useState<Partner | null>(null)

  const rotateSecret = (partner: Partner) =>
    rotate.mutate(
      { id: partner.id, overlapMinutes: ROTATION_OVERLAP_MINUTES },
      {
        onSuccess: onRotated,
        onError: (error) => toast.error(errorMessage(error, "Could not rotate the secret")),
      }
    )

  return (
    <>
      {showingAccounts && (
        <AccountSpendDrawer
          partnerId={showingAccounts.id}
          partnerName={showingAccounts.name}
          onClose={() => setShowingAccounts(null)}
        />
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Partner</Table.HeaderCell>
            <Table.HeaderCell>Return URL</Table.HeaderCell>
            <Table.HeaderCell>Delivery URL</Table.HeaderCell>
            <Table.HeaderCell>Signing keys</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {partners.map((partner) => (
            <Table.Row key={partner.id}>
              <Table.Cell>
                <Text size="small" weight="plus">
                  {partner.name}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {partner.id}
                </Text>
              </Table.Cell>
              <Table.Cell>{partner.return_url ?? "—"}</Table.Cell>
              <Table.Cell>
                <DeliveryUrlCell partner={partner} />
              </Table.Cell>
              <Table.Cell>
                {partner.keys.map((key) => (
                  <Text key={key.id} size="xsmall">
                    {key.id} …{key.secret_hint} ({keyState(key.expires_at)})
                  </Text>
                ))}
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-x-2">
                  <Button size="small" variant="secondary" onClick={() => setShowingAccounts(partner)}>
                    Accounts and spend
                  </Button>
                  <Button size="small" variant="secondary" onClick={() => rotateSecret(partner)} isLoading={rotate.isPending}>
                    Rotate secret
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </>
  )
}
