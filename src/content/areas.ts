// The `.ts` extensions: the build's check-up plugin imports this file through the Vite config,
// whose loader wants explicit extensions (as scripts/topics does).
import { type Stage, stages } from './stages.ts';

type AreaStage = Extract<Stage, { id: 'face-the-fears' | 'core-practices' }>;

/** A check-up area: one of the three fear topics or the six practice topics. */
export type Area = AreaStage['topics'][number];

const isAreaStage = (stage: Stage): stage is AreaStage =>
  stage.id === 'face-the-fears' || stage.id === 'core-practices';

/** The nine areas the check-up scores, in journey order: the fears, then the practices. */
export const AREAS: readonly Area[] = stages.filter(isAreaStage).flatMap((stage) => stage.topics);

export const isArea = (slug: string): slug is Area => (AREAS as readonly string[]).includes(slug);
