import { useState } from 'preact/hooks';
import type { Schemas } from '../../../../src/client/index.ts';
import { geoApi, must } from '../../api.ts';
import { ErrorNotice, Loading } from '../../components/notice.tsx';
import { useAsync } from '../../components/use-async.ts';
import { href } from '../../router.ts';
import { BrowseNav } from './browse-nav.tsx';
import { PlaceMap, type MappedPlace } from './place-map.tsx';

type Place = Schemas['Place'];
const MAX_PAGES = 10;

/** Every place (a page at a time), as a list and as GeoJSON points. */
async function loadPlaces() {
  const places: Place[] = [];
  const points: MappedPlace[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await must(
      geoApi.GET('/places', { params: { query: { limit: 100, ...(cursor && { cursor }) } } }),
    );
    for (const feature of data.features) {
      places.push(feature.properties);
      const [lon, lat] = feature.geometry?.coordinates ?? [];
      if (lon !== undefined && lat !== undefined) {
        points.push({
          id: feature.id,
          name: feature.properties.name,
          slug: feature.properties.slug,
          kind: feature.properties.kind,
          lon,
          lat,
        });
      }
    }
    cursor = data.meta.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { places, points };
}

function TreeNode({ place, children, depth }: { place: Place; children: Map<string | null, Place[]>; depth: number }) {
  const inside = children.get(place.id)?.length ?? 0;
  const [open, setOpen] = useState(depth === 0);
  return (
    <li>
      {inside > 0 ? (
        <button
          type="button"
          class="tree-toggle"
          aria-expanded={open}
          aria-label={`Places in ${place.name}`}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
      ) : (
        <span class="tree-leaf" aria-hidden="true" />
      )}
      <a href={href('/browse/quotes', { place: place.slug })}>{place.name}</a> <span class="muted">{place.kind}</span>
      {inside > 0 && <span class="count"> ({inside} inside)</span>}
      {open && <Tree parentId={place.id} children={children} depth={depth + 1} />}
    </li>
  );
}

/** Places inside `parentId`, each a link to the quotes naming it, with its own places folded in. */
function Tree({
  parentId,
  children,
  depth = 0,
}: {
  parentId: string | null;
  children: Map<string | null, Place[]>;
  depth?: number;
}) {
  const here = children.get(parentId) ?? [];
  if (here.length === 0) return null;
  return (
    <ul class={depth === 0 ? 'tree' : undefined}>
      {here.map((place) => (
        <TreeNode key={place.id} place={place} children={children} depth={depth} />
      ))}
    </ul>
  );
}

/** Places as a hierarchy, and on a map drawn from the coordinates the API knows. */
export function BrowsePlaces() {
  const loaded = useAsync(loadPlaces, []);
  const children = new Map<string | null, Place[]>();
  if (loaded.data) {
    const known = new Set(loaded.data.places.map((place) => place.id));
    for (const place of loaded.data.places) {
      const parent = place.parentId && known.has(place.parentId) ? place.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), place]);
    }
  }
  return (
    <section aria-labelledby="places-title">
      <h1 id="places-title">Places</h1>
      <BrowseNav current="places" />
      <ErrorNotice error={loaded.error} />
      {!loaded.data && !loaded.error && <Loading what="places" />}
      {loaded.data && (
        <div class="places-layout">
          <section aria-labelledby="map-title" class="map-section">
            <h2 id="map-title">Map</h2>
            <PlaceMap points={loaded.data.points} />
            <p class="help">
              {loaded.data.points.length} of {loaded.data.places.length} places have known coordinates. Choose one to
              see the quotes that name it.
            </p>
          </section>
          <section aria-labelledby="tree-title">
            <h2 id="tree-title">Hierarchy</h2>
            <Tree parentId={null} children={children} />
          </section>
        </div>
      )}
    </section>
  );
}
