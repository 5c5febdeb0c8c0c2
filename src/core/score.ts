import { DIMENSIONS, type Dimension, type Issue, type Severity, type Verdict } from './types';

/**
 * How much one issue of each severity takes from its dimension, before the rule's weight.
 *
 * Scoring formula (documented in README):
 *   dimension score  s_d = Π over issues i in d of (1 − weight_i × penalty(severity_i))
 *   record score     S   = Σ_d W_d · s_d / Σ_d W_d        (W_d: the profile's dimension weights)
 * Both rounded to 4 decimals, so that sums in the dataset summary are exact integers of 1/10 000.
 * A product rather than a sum keeps each dimension in 0..1 and lets a second problem still count.
 */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = Object.freeze({ error: 1, warning: 0.5, info: 0.1 });

/** Score units per 1.0: scores are multiples of 1/SCORE_SCALE. */
export const SCORE_SCALE = 10_000;

export function roundScore(x: number): number {
  return Math.round(x * SCORE_SCALE) / SCORE_SCALE;
}

export interface RecordScore {
  score: number;
  dimensions: Record<Dimension, number>;
  verdict: Verdict;
}

/** Scores a record from its issues and the per-issue weights (parallel array). */
export function scoreIssues(issues: readonly Issue[], issueWeights: readonly number[], weights: Readonly<Record<Dimension, number>>): RecordScore {
  let correct = 1;
  let complete = 1;
  let clean = 1;
  let live = 1;
  let verdict: Verdict = 'pass';
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    const factor = 1 - (issueWeights[i] ?? 1) * SEVERITY_PENALTY[issue.severity];
    switch (issue.dimension) {
      case 'correct': correct *= factor; break;
      case 'complete': complete *= factor; break;
      case 'clean': clean *= factor; break;
      case 'live': live *= factor; break;
    }
    if (issue.severity === 'error') verdict = 'fail';
    else if (issue.severity === 'warning' && verdict === 'pass') verdict = 'warn';
  }
  const dimensions = {
    correct: roundScore(correct),
    complete: roundScore(complete),
    clean: roundScore(clean),
    live: roundScore(live),
  };
  // Written out rather than looped over DIMENSIONS: this runs once per record.
  const total = weights.correct * dimensions.correct + weights.complete * dimensions.complete + weights.clean * dimensions.clean + weights.live * dimensions.live;
  const weightSum = weights.correct + weights.complete + weights.clean + weights.live;
  return { score: roundScore(total / weightSum), dimensions, verdict };
}
