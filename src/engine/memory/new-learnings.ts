import { LEARNING_LABELS, type CmoFeedback, type LearningLabel } from '../report/output-schemas';
import type { LearningEntry } from '../track-types';

export interface KnownLearning {
  readonly campaignId: string;
  readonly learning: string;
}

function labelOf(learning: string): LearningLabel {
  const label = LEARNING_LABELS.find((l) => learning.startsWith(`${l} `));
  if (label === undefined) throw new Error(`learning without a label: ${learning.slice(0, 40)}`);
  return label;
}

/**
 * The feedback's learnings that memory does not hold yet for that campaign (same text), each once,
 * as entries for memory/learnings.json and the Learnings table.
 *
 * @example newLearnings(feedback, [{ campaignId: 'C1', learning: feedback.learnings[0] }]).length
 * // feedback.learnings.length - 1
 */
export function newLearnings(feedback: CmoFeedback, known: readonly KnownLearning[]): LearningEntry[] {
  const seen = new Set(known.filter((k) => k.campaignId === feedback.campaign_id).map((k) => k.learning));
  const entries: LearningEntry[] = [];
  for (const learning of feedback.learnings) {
    if (seen.has(learning)) continue;
    seen.add(learning);
    entries.push({
      recorded_at: feedback.timestamp,
      run_id: feedback.run_id,
      campaign_id: feedback.campaign_id,
      mission_id: feedback.mission_id,
      label: labelOf(learning),
      learning,
    });
  }
  return entries;
}
