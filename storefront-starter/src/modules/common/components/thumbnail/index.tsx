type ThumbnailProps = {
  src: string | null | undefined
  alt: string
  size?: "small" | "medium" | "large"
}

/** Product image, or a neutral placeholder. A plain <img> keeps the starter free of image host config. */
const Thumbnail = ({ src, alt, size = "medium" }: ThumbnailProps) => (
  <div className={`thumbnail thumbnail--${size}`}>
    {src ? (
      <img src={src} alt={alt} loading="lazy" />
    ) : (
      <span className="thumbnail__placeholder" aria-hidden="true">
        No image
      </span>
    )}
  </div>
)

export default Thumbnail
