// At most a few snapshot reads at once in this process: a burst of streams opening together
// (200 tabs, or one hostile script) waits its turn instead of crowding out everyone else's
// pages, and a stream that is gone by its turn costs no read at all.
export type LimitedRead = <T>(read: () => Promise<T>, stillWanted: () => boolean) => Promise<T | undefined>;

export function readLimit(limit: number): LimitedRead {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next in line
    else running -= 1;
  };
  return async (read, stillWanted) => {
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return stillWanted() ? await read() : undefined;
    } finally {
      release();
    }
  };
}
