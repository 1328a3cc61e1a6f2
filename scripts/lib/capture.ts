/**
 * Captures what this process writes to stdout and stderr (Powertools writes JSON lines there),
 * passing it through unless told to keep it quiet.
 */
export function captureOutput(opts: { passthrough?: boolean } = {}): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write.bind(s));
  streams.forEach((s, i) => {
    s.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      if (opts.passthrough === false) {
        const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        cb?.();
        return true;
      }
      return (originals[i] as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof s.write;
  });
  let restored = false;
  return {
    lines,
    restore: () => {
      if (restored) return;
      restored = true;
      streams.forEach((s, i) => (s.write = originals[i] as typeof s.write));
    },
  };
}
