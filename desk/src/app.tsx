import { useEffect, useRef, useState } from 'preact/hooks';
import { api, must, UNAUTHORIZED_EVENT } from './api.ts';
import { Loading } from './components/notice.tsx';
import { href, navigate, parseRoute, useRoute, type Route } from './router.ts';
import { ArticleList } from './screens/articles/article-list.tsx';
import { Editor } from './screens/articles/editor.tsx';
import { BrowseEntity } from './screens/browse/entity-page.tsx';
import { BrowsePlaces } from './screens/browse/places.tsx';
import { BrowseQuotes } from './screens/browse/quotes.tsx';
import { IngestScreen } from './screens/ingest/ingest-screen.tsx';
import { ReviewScreen } from './screens/review/review-screen.tsx';
import { SignIn } from './screens/sign-in.tsx';
import { can, forgetSecret, storedSecret, storeSecret, type Session } from './session.ts';

interface NavItem {
  path: string;
  label: string;
  screens: string[];
  scope: 'read:drafts' | 'write';
}

const NAV: NavItem[] = [
  { path: '/ingest', label: 'Ingest', screens: ['ingest'], scope: 'write' },
  { path: '/review', label: 'Review entities', screens: ['review'], scope: 'read:drafts' },
  { path: '/articles', label: 'Articles', screens: ['articles'], scope: 'read:drafts' },
  { path: '/browse/quotes', label: 'Browse', screens: ['browse'], scope: 'read:drafts' },
];

/** Asks the API who the key is; a key it refuses is forgotten. */
async function openSession(secret: string): Promise<Session> {
  storeSecret(secret);
  try {
    const { data } = await must(api.GET('/keys/current'));
    return { secret, key: data.data };
  } catch (error) {
    forgetSecret();
    throw error;
  }
}

function Screen({ route, session }: { route: Route; session: Session }) {
  const { screen, params } = route;
  if (screen === 'ingest' && can(session, 'write')) return <IngestScreen />;
  if (screen === 'review') return <ReviewScreen session={session} />;
  if (screen === 'articles' && params[0]) return <Editor idOrSlug={params[0]} session={session} />;
  if (screen === 'articles') return <ArticleList />;
  if (screen === 'browse' && params[0] === 'places') return <BrowsePlaces />;
  if (screen === 'browse' && (params[0] === 'people' || params[0] === 'organisations') && params[1]) {
    return <BrowseEntity kind={params[0]} idOrSlug={params[1]} />;
  }
  if (screen === 'browse') return <BrowseQuotes route={route} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Nothing is at this address. <a href={href(can(session, 'write') ? '/ingest' : '/articles')}>Go to the desk</a>.
      </p>
    </section>
  );
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(() => storedSecret() !== null);
  const main = useRef<HTMLElement>(null);

  const [notice, setNotice] = useState('');
  const signedIn = useRef(false);
  signedIn.current = session !== null;

  // A key revoked while in use: sign out, and say why.
  useEffect(() => {
    const refused = () => {
      // While signing in, the sign-in form reports the refusal itself.
      if (!signedIn.current) return;
      forgetSecret();
      setSession(null);
      setNotice('The API refused your key (revoked or no longer valid). Sign in again.');
    };
    addEventListener(UNAUTHORIZED_EVENT, refused);
    return () => removeEventListener(UNAUTHORIZED_EVENT, refused);
  }, []);

  useEffect(() => {
    const secret = storedSecret();
    if (!secret) return;
    openSession(secret)
      .then(setSession, () => setSession(null))
      .finally(() => setChecking(false));
  }, []);

  // A new screen: move focus to it, as a page load would, so screen readers start at its heading.
  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    if (heading instanceof HTMLElement) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    scrollTo(0, 0);
  }, [route.screen, route.params.join('/')]);

  // Signed in at no screen in particular: start where the key's work is. The address is read now,
  // not from the last render, so a screen asked for in the meantime is not overridden.
  useEffect(() => {
    if (session && !parseRoute(location.hash).screen) navigate(can(session, 'write') ? '/ingest' : '/articles');
  }, [session, route.screen]);

  const signIn = async (secret: string) => {
    const opened = await openSession(secret);
    setNotice('');
    setSession(opened);
  };
  const signOut = () => {
    forgetSecret();
    setSession(null);
    navigate('/');
  };

  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="masthead">
        <div class="brand">
          <span class="brand-name">Dateline</span> <span class="brand-desk">desk</span>
        </div>
        {session && (
          <nav aria-label="Desk">
            <ul>
              {NAV.filter((item) => can(session, item.scope)).map((item) => (
                <li key={item.path}>
                  <a href={`#${item.path}`} aria-current={item.screens.includes(route.screen) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {session && (
          <div class="who">
            <span class="who-name" title={session.key.id}>
              {session.key.name}
            </span>{' '}
            <span class="scope-badge">{session.key.scopes.join(', ')}</span>
            <button type="button" class="link-button" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {checking ? (
          <Loading what="your session" />
        ) : session ? (
          <Screen route={route} session={session} />
        ) : (
          <SignIn onSignIn={signIn} notice={notice} />
        )}
      </main>
    </>
  );
}
