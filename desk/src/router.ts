import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (`#/articles/art_…`): the static server needs no fallback, and nothing an editor
 * does ever puts their key in a URL. `params` are the path's segments after the screen name;
 * `query` the part after `?`.
 */
export interface Route {
  screen: string;
  params: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { screen, params, query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(path: string) {
  location.hash = path.startsWith('#') ? path : `#${path}`;
}

/** A link target for a path and query, e.g. `href('/browse/quotes', { place: 'kyiv' })`. */
export function href(path: string, query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  ).toString();
  return `#${path}${search ? `?${search}` : ''}`;
}
