import Redis from "ioredis"

type Logger = { warn(message: string): void }

/**
 * Carries messages between server instances over one Redis pub/sub channel. One publisher
 * and one subscriber connection per instance, each opened on first use: a worker that
 * only publishes never subscribes, and a server with no shopper watching never publishes.
 */
export class RedisRelay<Message> {
  private publisher?: Redis
  private subscriber?: Redis

  constructor(
    private readonly redisUrl: string,
    private readonly channel: string,
    private readonly deliver: (message: Message) => void,
    private readonly logger: Logger
  ) {}

  async publish(message: Message) {
    this.publisher ??= new Redis(this.redisUrl, { lazyConnect: true })
    await this.publisher.publish(this.channel, JSON.stringify(message))
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
        this.logger.warn(`${this.channel}: ignored a malformed message: ${(error as Error).message}`)
      }
    })
    this.subscriber.subscribe(this.channel).catch((error: Error) => {
      this.logger.warn(`${this.channel}: could not subscribe: ${error.message}`)
    })
  }

  async close() {
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()].map((done) => done?.catch(() => undefined)))
    this.publisher = undefined
    this.subscriber = undefined
  }
}
