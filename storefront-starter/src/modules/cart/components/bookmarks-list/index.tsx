import BookmarkAnchor from "@modules/common/components/bookmark-anchor"
import type { FederatedCartBookmark } from "types/federated"

/** Every page the shopper added something from, across all stores. */
const BookmarksList = ({ bookmarks }: { bookmarks: FederatedCartBookmark[] }) => (
  <section className="bookmarks">
    <h2>Bookmarks</h2>
    <ul data-testid="bookmarks-list">
      {bookmarks.map((bookmark) => (
        <li
          key={`${bookmark.url}-${bookmark.added_at}`}
          data-testid="bookmark-entry"
          data-store-handle={bookmark.federated_store.handle}
        >
          <BookmarkAnchor url={bookmark.url}>{bookmark.title || bookmark.url}</BookmarkAnchor>{" "}
          <span className="muted">· {bookmark.federated_store.name}</span>
        </li>
      ))}
    </ul>
  </section>
)

export default BookmarksList
