/**
 * Says that an edit was not put in a field because of its length limit, that nothing in the
 * field was cut, and offers to keep what the edit added.
 */
export function HeldTextAlert({
  limit,
  held,
  what,
  onKeep,
}: {
  limit: number;
  held: number;
  /** The field, as the reader knows it: "This box", "This line". */
  what: string;
  onKeep: () => void;
}) {
  return (
    <div role="alert" className="alert alert--warning">
      <p>
        <strong>
          {what} holds up to {limit.toLocaleString('en')} characters, so the{' '}
          {held.toLocaleString('en')} characters you added were not put in it.
        </strong>{' '}
        Everything already in it is as it was. Keep what you added as a new note, or it is lost when
        you leave the page.
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={onKeep}>
          Save what I added as a new note
        </button>
      </p>
    </div>
  );
}
