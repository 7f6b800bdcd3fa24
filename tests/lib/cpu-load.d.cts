export declare function underCpuLoad<T>(work: () => Promise<T>): Promise<T>
