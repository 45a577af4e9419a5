import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '@/app/paths';
import type { TopicOutline } from '@/content/topic';
import { EnergyMap } from '@/features/assessment/components/energy-map';
import { buildEnergyMap, energySummary } from '@/features/assessment/lib/energy-map';
import { useAppStore } from '@/store/app-store';

/** The energy map on /assessment (#energy-map): every experiment tried, by area. */
export function EnergySection({
  outlines,
  titleOf,
}: {
  outlines: readonly TopicOutline[];
  titleOf: (slug: string) => string;
}) {
  const experiments = useAppStore((state) => state.experiments);
  const groups = useMemo(
    () => buildEnergyMap(Object.values(experiments), outlines),
    [experiments, outlines],
  );
  return (
    <div id="energy-map" tabIndex={-1} className="assessment__part">
      <EnergyMap
        groups={groups}
        summary={energySummary(groups, titleOf)}
        titleOf={titleOf}
        emptyAction={
          <Link to={paths.topic.href('is-leadership-for-me', 'try-this-week')}>
            See the experiments of the first topic
          </Link>
        }
      />
    </div>
  );
}
