import type { ReactNode } from 'react';
import { ExternalLink } from '@/components/ui/external-link';
import type { Example, PageSource, Reframe } from '@/content/schema';

/** A part of the topic page after the prose: a region named by its heading. */
export function TopicPart({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="topic-part">
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Takeaways({ items }: { items: string[] }) {
  return (
    <TopicPart id="key-takeaways" title="Key takeaways">
      <ul className="takeaways">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </TopicPart>
  );
}

export function FearReframe({ reframe }: { reframe: Reframe }) {
  return (
    <TopicPart id="from-fear-to-strength" title="From fear to strength">
      <dl className="reframe">
        <div className="reframe__fear">
          <dt>The fear</dt>
          <dd>{reframe.fear}</dd>
        </div>
        <div className="reframe__strength">
          <dt>The strength</dt>
          <dd>{reframe.strength}</dd>
        </div>
      </dl>
      <p>{reframe.how}</p>
    </TopicPart>
  );
}

export function Examples({ examples }: { examples: Example[] }) {
  return (
    <TopicPart id="real-world-examples" title="Real-world examples">
      <ul className="examples">
        {examples.map((example) => (
          <li key={example.id} className="card example">
            <article aria-labelledby={`example-${example.id}`}>
              <h3 id={`example-${example.id}`}>{example.title}</h3>
              <p>{example.what}</p>
              <p>
                <strong>What it teaches: </strong>
                {example.lesson}
              </p>
              <p className="example__sources">
                {example.sources.length > 1 ? 'Sources: ' : 'Source: '}
                {example.sources.map((source, index) => (
                  <span key={source.url}>
                    {index > 0 && '; '}
                    <ExternalLink href={source.url}>{source.title}</ExternalLink>, {source.author}
                    {source.year !== undefined && `, ${source.year}`}
                  </span>
                ))}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </TopicPart>
  );
}

/** Every fact the prose names that no example card carries, with where to check it. */
export function PageSources({ sources }: { sources: PageSource[] }) {
  return (
    <TopicPart id="sources-for-this-page" title="Sources for this page">
      <ul className="page-sources">
        {sources.map((source) => (
          <li key={`${source.title} ${source.author}`}>
            {source.url ? (
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
            ) : (
              <cite>{source.title}</cite>
            )}
            , {source.author}
            {source.publisher && `, ${source.publisher}`}
            {source.year !== undefined && `, ${source.year}`}.{' '}
            <span className="muted">{source.supports}</span>
          </li>
        ))}
      </ul>
    </TopicPart>
  );
}

export function Reflections({
  reflections,
  renderAnswer,
  note,
}: {
  reflections: { id: string; prompt: string }[];
  renderAnswer?: (reflection: { id: string; prompt: string }) => ReactNode;
  /** Below the introduction: what the reader needs to write their answers. */
  note?: ReactNode;
}) {
  return (
    <TopicPart id="reflections" title="Reflections">
      <p className="muted">
        Questions to answer for yourself, in writing. Nobody else sees what you write here.
      </p>
      {note}
      <ol className="reflections">
        {reflections.map((reflection) => (
          <li key={reflection.id} id={`reflection-${reflection.id}`} className="reflection">
            {renderAnswer ? renderAnswer(reflection) : <p>{reflection.prompt}</p>}
          </li>
        ))}
      </ol>
    </TopicPart>
  );
}

export function Experiments({
  experiments,
  renderTracker,
  note,
  after,
}: {
  experiments: { id: string; title: string; description: string }[];
  renderTracker?: (experiment: { id: string; title: string }) => ReactNode;
  /** Below the introduction: what the reader needs to keep track of what they tried. */
  note?: ReactNode;
  /** Below the list: a way to the reader's experiments across every topic. */
  after?: ReactNode;
}) {
  return (
    <TopicPart id="try-this-week" title="Try this week">
      <p className="muted">
        Small, low-risk ways to try this part of the job before you commit to it.
      </p>
      {note}
      <ul className="experiments">
        {experiments.map((experiment) => (
          <li key={experiment.id} className="card experiment">
            <h3 id={`experiment-${experiment.id}`}>{experiment.title}</h3>
            <p>{experiment.description}</p>
            {renderTracker?.(experiment)}
          </li>
        ))}
      </ul>
      {after}
    </TopicPart>
  );
}
