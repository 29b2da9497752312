import { href } from '../../router.ts';

/** The browse screens' own tabs. */
export function BrowseNav({ current }: { current: 'quotes' | 'places' | 'entity' }) {
  return (
    <nav aria-label="Browse" class="sub-nav">
      <ul>
        <li>
          <a href={href('/browse/quotes')} aria-current={current === 'quotes' ? 'page' : undefined}>
            Quotes
          </a>
        </li>
        <li>
          <a href={href('/browse/places')} aria-current={current === 'places' ? 'page' : undefined}>
            Places
          </a>
        </li>
      </ul>
    </nav>
  );
}
