export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** A baseline measured in the same run, so the ratio is comparable across machines. */
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
}
