import type { Feeling } from '@/store/slices/experiments-slice';

const words: Record<Feeling, string> = {
  energising: 'Energising',
  neutral: 'Neutral',
  draining: 'Draining',
};

/** How an experiment felt, as a small labelled badge. */
export function FeelingBadge({ feeling }: { feeling: Feeling | undefined }) {
  if (!feeling) return null;
  return <span className={`feeling feeling--${feeling}`}>{words[feeling]}</span>;
}
