import { Alert, Text } from "@medusajs/ui"

/** The one time a secret is shown: the server keeps it only encrypted. */
export const SecretOnce = ({ title, secret, testId }: { title: string; secret: string; testId: string }) => (
  <Alert variant="warning" data-testid={testId}>
    <Text size="small" weight="plus">
      {title}: copy it now, it will not be shown again.
    </Text>
    <Text size="small" className="font-mono break-all">
      {secret}
    </Text>
  </Alert>
)
