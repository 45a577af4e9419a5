import { Link } from 'react-router';
import { paths } from '@/app/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AboutPage() {
  useDocumentTitle('About');
  return (
    <article className="page page--narrow prose">
      <h1>About Debugging Leadership</h1>

      <section aria-labelledby="about-talk">
        <h2 id="about-talk">The talk</h2>
        <p>
          This app grows out of the talk{' '}
          <cite>
            Debugging Technical Leadership: An Engineer’s Guide to Managing More Than Code
          </cite>{' '}
          by <strong>Sho Soboyejo</strong>, a technologist, speaker and machine-learning
          practitioner who likes connecting ideas across fields. It is an introductory talk, filed
          under professional skills.
        </p>
        <p>
          It starts with the question many engineers carry for years: is technical leadership for
          me? It then takes on the three fears that keep good engineers from trying it: losing their
          technical edge, not knowing how to handle the people side, and having to balance technical
          and managerial work. It shows how each fear can turn into a strength.
        </p>
        <p>
          From there it walks through the work itself: culture and team composition, strategy and
          execution, product development and innovation, delivery and supportability, resource
          management, and purpose and meaning. It closes with influence, with or without a title,
          and with debugging your own leadership approach the way you would debug a system.
        </p>
        <p>
          Here each of those ideas is a topic you can read at your own pace, with reflections to
          write in, real-world examples with their sources, and small experiments to try at work.
        </p>
      </section>

      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">Your data stays with you</h2>
        <ul>
          <li>
            There is no account and no server. Your progress, bookmarks, notes and settings are kept
            in this browser’s storage on this device, and nowhere else.
          </li>
          <li>
            The app makes no requests to any other website: no analytics, no tracking, no web fonts,
            no third-party scripts. Its Content-Security-Policy forbids them, so even a mistake of
            ours could not send your notes anywhere.
          </li>
          <li>
            Links to sources open the other site in a new tab only when you choose to follow them.
          </li>
          <li>
            Because your data lives in this browser, clearing the site’s data removes it. Keep a
            backup if your notes matter to you.
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-offline">
        <h2 id="about-offline">On a train, on a plane</h2>
        <p>
          After your first visit, the whole app works with no connection: every topic, your notes
          and bookmarks, search, the check-up and your 1:1 brief. Your browser keeps a copy of the
          app, and your words were only ever in this browser, so nothing is waiting on a network.
        </p>
        <p>
          Only the sources need a connection: they are other sites. Follow one while offline and the
          app says so, instead of opening an error page.
        </p>
        <p>
          You can install the app from your browser’s menu (“Install” or “Add to Home Screen”); it
          then opens in its own window. When a new version is out, a message says “A new version is
          ready”. It takes over only when you press Reload, and anything you typed is saved first.
        </p>
      </section>

      <p>
        <Link to={paths.home.href()}>Back to the start page</Link>
      </p>
    </article>
  );
}

export { AboutPage as Component };
