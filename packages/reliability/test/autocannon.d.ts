// autocannon ships no types; this declares the part the load tests use.
declare module 'autocannon' {
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    timeout?: number;
  }
  interface AutocannonResult {
    requests: { total: number; average: number };
    latency: { p99: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
  }
  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
