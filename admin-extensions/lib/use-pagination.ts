import { useEffect } from "react"

type PaginationState = {
  pageSize: number
  pageIndex: number
  setPageIndex: (update: (index: number) => number) => void
  /** Rows in the whole list; undefined until the first page has loaded. */
  count: number | undefined
}

/**
 * The props of `Table.Pagination` for a list the server pages. When rows disappear (a
 * store deleted, a hold ended) the last page can empty; the admin is moved back a page
 * instead of being stranded on nothing.
 */
export const usePagination = ({ pageSize, pageIndex, setPageIndex, count }: PaginationState) => {
  const pageCount = Math.max(1, Math.ceil((count ?? 0) / pageSize))

  useEffect(() => {
    if (count !== undefined && pageIndex > pageCount - 1) {
      setPageIndex(() => pageCount - 1)
    }
  }, [count, pageIndex, pageCount, setPageIndex])

  return {
    count: count ?? 0,
    pageSize,
    pageIndex,
    pageCount,
    canPreviousPage: pageIndex > 0,
    canNextPage: pageIndex < pageCount - 1,
    previousPage: () => setPageIndex((index) => index - 1),
    nextPage: () => setPageIndex((index) => index + 1),
  }
}
