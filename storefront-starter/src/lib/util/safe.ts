const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export const DEFAULT_ACCENT = "#4f46e5"

/** Only hex colours reach inline styles. */
export const safeAccent = (color: string | null | undefined): string => (color && HEX_COLOR.test(color) ? color : DEFAULT_ACCENT)

/** Only http(s) URLs and site-relative paths are rendered as links. */
export const safeHref = (url: string | null | undefined): string | null => {
  if (!url) {
    return null
  }
  if (url.startsWith("/") && !url.startsWith("//")) {
    return url
  }
  try {
    const parsed = new URL(url)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null
  } catch {
    return null
  }
}
