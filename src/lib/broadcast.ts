import { RedisRelay } from "./redis-relay"

type Logger = { warn(message: string): void }

export type Listener<Message> = (message: Message) => void

/**
 * Fans messages out to listeners on every server instance. Medusa's Redis event bus hands
 * an event to one instance only, while the shoppers who should hear of it are connected to
 * all of them. Listeners live in this process; with a Redis URL a message goes out and
 * comes back to every instance through one subscriber connection each, however many
 * listen. Without one, it reaches this process only (one instance, or tests).
 */
export class Broadcast<Message> {
  private readonly listeners = new Set<Listener<Message>>()
  private readonly relay?: RedisRelay<Message>
  private readonly logger: Logger

  constructor(
    private readonly name: string,
    { redisUrl, channel, logger }: { redisUrl?: string; channel: string; logger: Logger }
  ) {
    this.logger = logger
    if (redisUrl) {
      this.relay = new RedisRelay<Message>(redisUrl, channel, (message) => this.deliver(message), logger)
    }
  }

  async publish(message: Message) {
    if (this.relay) {
      await this.relay.publish(message)
    } else {
      this.deliver(message)
    }
  }

  /** Calls `listener` for every message published from any instance; returns the unsubscribe. */
  subscribe(listener: Listener<Message>): () => void {
    this.relay?.listen()
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  listenerCount() {
    return this.listeners.size
  }

  async close() {
    await this.relay?.close()
  }

  // One failing listener (a stream already gone) must not keep the message from the others.
  private deliver(message: Message) {
    for (const listener of [...this.listeners]) {
      try {
        listener(message)
      } catch (error) {
        this.logger.warn(`${this.name}: a listener failed: ${(error as Error).message}`)
      }
    }
  }
}
