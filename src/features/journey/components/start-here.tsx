import { Link } from 'react-router';
import { profileWhy } from '@/content/profile-paths';
import { selectStartHere } from '@/features/journey/selectors';
import { useAppStore } from '@/store/app-store';

type Props = {
  /** The sentence under the profile choice, the hero's button, or the journey map's mark. */
  kind: 'line' | 'button' | 'mark';
  /** For a mark: the topic it may mark. */
  topic?: string;
  /** The button leads, unless "Continue reading" does. */
  primary?: boolean;
  hrefFor: (slug: string) => string;
  titleOf: (slug: string) => string | undefined;
};

/**
 * Where the reader's suggested path starts: the first topic on it that is neither done nor
 * skipped. Loaded only once a reader has chosen a profile, with the paths it reads.
 */
export function StartHere({ kind, topic, primary, hrefFor, titleOf }: Props) {
  const start = useAppStore(selectStartHere);
  const profile = useAppStore((state) => state.preferences.profile);
  const why = profile ? profileWhy[profile] : undefined;
  if (kind === 'mark')
    return start === topic ? (
      <span className="start-here">
        <strong>Start here</strong> {why}
      </span>
    ) : null;
  if (kind === 'button')
    return start ? (
      <Link className={primary ? 'button button--primary' : 'button'} to={hrefFor(start)}>
        Start here: {titleOf(start)}
      </Link>
    ) : null;
  return start ? (
    <>
      Start here: <Link to={hrefFor(start)}>{titleOf(start)}</Link>. Every topic stays open; this is
      only a suggested order.
    </>
  ) : (
    'You have been through every topic on this path. Any of them is still there to reread.'
  );
}

export default StartHere;
