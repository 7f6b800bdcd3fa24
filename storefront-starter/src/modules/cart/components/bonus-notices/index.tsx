import type { BonusNotice } from "types/federated"

/** "Your free X is out of stock": the server's words, one per bonus the cart could not get. */
const BonusNotices = ({ notices }: { notices: BonusNotice[] }) => (
  <ul className="bonus-notices" data-testid="bonus-notices" role="status">
    {notices.map((notice) => (
      <li key={notice.bonus_rule_id} data-testid="bonus-notice">
        {notice.message}
      </li>
    ))}
  </ul>
)

export default BonusNotices
