import Redis from "ioredis"
import type { StockChange } from "./service"

type Logger = { warn(message: string): void }

/**
 * Carries stock changes between server instances over Redis pub/sub. One publisher and
 * one subscriber connection per instance, each opened on first use: a worker that only
 * publishes never subscribes, and a server with no shopper watching never publishes.
 */
export class RedisRelay {
  private publisher?: Redis
  private subscriber?: Redis

  constructor(
    private readonly redisUrl: string,
    private readonly channel: string,
    private readonly deliver: (change: StockChange) => void,
    private readonly logger: Logger
  ) {}

  async publish(change: StockChange) {
    this.publisher ??= new Redis(this.redisUrl, { lazyConnect: true })
    await this.publisher.publish(this.channel, JSON.stringify(change))
  }

  listen() {
    if (this.subscriber) {
      return
    }
    this.subscriber = new Redis(this.redisUrl)
    this.subscriber.on("message", (channel: string, message: string) => {
      if (channel !== this.channel) {
        return
      }
      try {
        this.deliver(JSON.parse(message))
      } catch (error) {
        this.logger.warn(`live-stock: ignored a malformed message on ${channel}: ${(error as Error).message}`)
      }
    })
    this.subscriber.subscribe(this.channel).catch((error: Error) => {
      this.logger.warn(`live-stock: could not subscribe to ${this.channel}: ${error.message}`)
    })
  }

  async close() {
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()].map((done) => done?.catch(() => undefined)))
    this.publisher = undefined
    this.subscriber = undefined
  }
}
