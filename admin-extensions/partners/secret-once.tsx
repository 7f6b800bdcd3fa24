import { Alert, Text } from "@medusajs/ui"
import type { SigningKey } from "./types"

/** The one time a signing secret is shown: the server keeps it only encrypted. */
export const SecretOnce = ({ partnerName, signingKey }: { partnerName: string; signingKey: SigningKey }) => (
  <Alert variant="warning" data-testid="partner-secret">
    <Text size="small" weight="plus">
      Signing secret for {partnerName}: copy it now, it will not be shown again.
    </Text>
    <Text size="small" className="font-mono break-all">
      key id {signingKey.key_id}
      <br />
      secret {signingKey.secret}
    </Text>
  </Alert>
)
