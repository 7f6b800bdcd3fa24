/** A cart action's refusal, in the server's words. */
const ActionError = ({ error, testId }: { error: string | null; testId: string }) =>
  error ? (
    <p className="error" role="alert" data-testid={testId}>
      {error}
    </p>
  ) : null

export default ActionError
