/** Captures what this process writes to stdout and stderr (Powertools writes JSON lines there). */
export function captureOutput(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write.bind(s));
  streams.forEach((s, i) => {
    s.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (originals[i] as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof s.write;
  });
  return {
    lines,
    restore: () => streams.forEach((s, i) => (s.write = originals[i] as typeof s.write)),
  };
}
