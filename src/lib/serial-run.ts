/**
 * Runs an async task so that runs never overlap: asking while one runs makes exactly one
 * more run once it ends, however many times it was asked. What a live stream pushes is
 * then pushed in order, and a burst of changes costs one extra read, not one per change.
 */
export class SerialRun {
  private running = false
  private again = false
  private stopped = false

  constructor(
    private readonly task: () => Promise<void>,
    /** The task failed; no run follows (the stream it feeds can no longer be trusted). */
    private readonly onError: (error: Error) => void
  ) {}

  request() {
    if (this.stopped) {
      return
    }
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    this.again = false
    this.task()
      .catch((error: Error) => {
        if (!this.stopped) {
          this.stop()
          this.onError(error)
        }
      })
      .finally(() => {
        this.running = false
        if (this.again) {
          this.request()
        }
      })
  }

  stop() {
    this.stopped = true
  }
}
