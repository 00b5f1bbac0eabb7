// The little of autocannon (no type package) that scripts/bench/pages.ts uses.
declare module "autocannon" {
  type TOptions = {
    url: string;
    connections: number;
    duration: number;
    /** Each request's path, or a function giving the next request (its path) each time. */
    requests: Array<{ method: string; path: string } | { method: string; setupRequest: (request: Record<string, unknown>) => Record<string, unknown> }>;
  };
  type TResult = { errors: number; timeouts: number; non2xx: number };
  type TInstance = PromiseLike<TResult> & {
    on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  };
  export default function autocannon(options: TOptions): TInstance;
}
