import { Link } from 'react-router';
import type { Notebook, NotebookTopic } from '../lib/notebook';
import { FeelingBadge } from './feeling';
import { NotebookNote } from './notebook-note';

type EditingChange = (id: string, editing: boolean) => void;
/** A topic's URL, or its URL at an anchor (a reflection's `reflection-<promptId>`). */
type HrefFor = (slug: string, anchor?: string) => string | null;

function NotebookTopicEntry({
  topic,
  hrefFor,
  onEditingChange,
}: {
  topic: NotebookTopic;
  hrefFor: HrefFor;
  onEditingChange: EditingChange;
}) {
  const href = hrefFor(topic.slug);
  return (
    <section aria-labelledby={`notebook-${topic.slug}`} className="notebook-topic">
      <h3 id={`notebook-${topic.slug}`}>
        {href ? <Link to={href}>{topic.title}</Link> : topic.title}
      </h3>
      {topic.answers.length > 0 && (
        <ul className="notebook-list">
          {topic.answers.map((answer) => (
            <li key={answer.note.id}>
              <blockquote className="notebook-prompt">
                {href ? (
                  // The prompt leads back to where it is asked, so the reader can answer it again there.
                  <Link to={hrefFor(topic.slug, `reflection-${answer.promptId}`) ?? href}>
                    {answer.prompt}
                  </Link>
                ) : (
                  answer.prompt
                )}
              </blockquote>
              <NotebookNote
                note={answer.note}
                about={`your answer to: ${answer.prompt}`}
                onEditingChange={onEditingChange}
              />
            </li>
          ))}
        </ul>
      )}
      {topic.freeNotes.length > 0 && (
        <>
          <h4>Other notes</h4>
          <ul className="notebook-list">
            {topic.freeNotes.map((note, index) => (
              <li key={note.id}>
                <NotebookNote
                  note={note}
                  about={`note ${index + 1} on ${topic.title}`}
                  onEditingChange={onEditingChange}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {topic.experiments.length > 0 && (
        <>
          <h4>Experiments tried</h4>
          <ul className="notebook-experiments">
            {topic.experiments.map(({ title, log }) => (
              <li key={log.id}>
                <strong>{title}</strong>
                <FeelingBadge feeling={log.feeling} />
                {log.why && <span className="notebook-experiments__why">{log.why}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function NotebookView({
  notebook,
  hrefFor,
  onEditingChange,
}: {
  notebook: Notebook;
  hrefFor: HrefFor;
  onEditingChange: EditingChange;
}) {
  return (
    <div className="notebook">
      {notebook.stages.map((stage) => (
        <section
          key={stage.id}
          aria-labelledby={`notebook-stage-${stage.id}`}
          className="notebook-stage"
        >
          <h2 id={`notebook-stage-${stage.id}`}>
            Stage {stage.number}: {stage.title}
          </h2>
          {stage.topics.map((topic) => (
            <NotebookTopicEntry
              key={topic.slug}
              topic={topic}
              hrefFor={hrefFor}
              onEditingChange={onEditingChange}
            />
          ))}
        </section>
      ))}
      {notebook.otherTopics.length > 0 && (
        <section aria-labelledby="notebook-other" className="notebook-stage">
          <h2 id="notebook-other">Notes on topics no longer in the journey</h2>
          {notebook.otherTopics.map((topic) => (
            <NotebookTopicEntry
              key={topic.slug}
              topic={topic}
              hrefFor={() => null}
              onEditingChange={onEditingChange}
            />
          ))}
        </section>
      )}
    </div>
  );
}
