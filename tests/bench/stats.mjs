// Summary statistics of a run's samples. Medians, because one GC pause must not move a budget.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

/** { n, median, min, max, samples } in ms rounded to 0.1; null figures when there are no samples. */
export function summarise(samples) {
  const clean = samples.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return {
    n: clean.length,
    median: round(median(clean)),
    min: clean.length ? round(Math.min(...clean)) : null,
    max: clean.length ? round(Math.max(...clean)) : null,
    samples: clean.map(round),
  };
}
