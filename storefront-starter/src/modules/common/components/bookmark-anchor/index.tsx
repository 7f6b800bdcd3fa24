import Link from "next/link"
import type { ReactNode } from "react"

import { safeHref } from "@lib/util/safe"

type BookmarkAnchorProps = {
  url: string
  children: ReactNode
  testId?: string
}

/** Links to a bookmarked page: client-side navigation for paths, a plain anchor for absolute URLs. */
const BookmarkAnchor = ({ url, children, testId }: BookmarkAnchorProps) => {
  const href = safeHref(url)
  if (!href) {
    return <span data-testid={testId}>{children}</span>
  }
  return href.startsWith("/") ? (
    <Link href={href} data-testid={testId}>
      {children}
    </Link>
  ) : (
    <a href={href} data-testid={testId}>
      {children}
    </a>
  )
}

export default BookmarkAnchor
