import type { LexiconIndex } from './lexicon-index.ts';
import { governmentName } from './gazetteer.ts';
import { suggestedRef } from './name-patterns.ts';
import type { EntityRef, FoundMention, Gender, LowConfidenceReason, SpeakerCandidate } from './types.ts';

const GENERIC_ORGANISATION_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'organisation',
  'organization',
  'operator',
  'manufacturer',
  'startup',
  'carrier',
  'airline',
  'insurer',
  'retailer',
  'utility',
  'club',
  'team',
  'charity',
]);

type SpeakerEntity = EntityRef & { type: 'person' | 'organisation' };

/**
 * How far back a pronoun or "the minister" may reach, in people and organisations mentioned:
 * news copy re-names its speakers long before this, and a bounded look-back keeps resolution
 * linear in the length of the text.
 */
const LOOK_BACK = 40;

interface Salient {
  entity: SpeakerEntity;
  position: number;
  /** Speakers and sentence subjects are what a later "he said" points back to; objects rarely are. */
  prominent: boolean;
}

export interface Resolution {
  entity: SpeakerEntity | null;
  doubt: { reason: LowConfidenceReason; message: string } | null;
}

/**
 * The running memory of who has been mentioned and who has spoken, read in text order. Pronouns,
 * "the minister" and "the ministry" resolve against it.
 */
export class Discourse {
  private readonly salient: Salient[] = [];
  private nextMention = 0;

  constructor(
    private readonly text: string,
    private readonly mentions: readonly FoundMention[],
    private readonly insideQuote: (offset: number) => boolean,
    private readonly index: LexiconIndex,
    private readonly genderOf: Map<string, Gender>,
    private readonly titlesOf: Map<string, string[]>,
  ) {}

  /** Takes in every mention that ends before `position`, skipping those inside quotations. */
  private catchUp(position: number): void {
    while (this.nextMention < this.mentions.length) {
      const mention = this.mentions[this.nextMention] as FoundMention;
      if (mention.end > position) break;
      this.nextMention += 1;
      if (this.insideQuote(mention.start)) continue;
      const entity = this.speakerEntityOf(mention);
      if (entity === null || mention.entity.type === 'place') continue;
      this.salient.push({ entity, position: mention.start, prominent: this.isSubjectPosition(mention) });
      this.forget();
    }
  }

  /** A name right after a lower-case word ("instructed Andrii Sybiha", "with Bart de Wever") is an object. */
  private isSubjectPosition(mention: FoundMention): boolean {
    const before = this.text.slice(Math.max(0, mention.start - 60), mention.start);
    // Titles and names before it ("Foreign Minister", "Dr."), but not across a sentence end ("Beghe. ").
    const withoutTitles = before.replace(/(?:\b(?:[A-Z][\p{L}-]*|[A-Z][a-z]{0,3}\.)\s)+$/u, '');
    return !/\b(?!and\b)[a-z]+\s$/.test(withoutTitles);
  }

  recordSpeaker(entity: SpeakerEntity, position: number): void {
    this.salient.push({ entity, position, prominent: true });
    this.forget();
  }

  /** Keeps the memory bounded: only the last entries can ever be reached. */
  private forget(): void {
    if (this.salient.length > LOOK_BACK * 4) this.salient.splice(0, this.salient.length - LOOK_BACK);
  }

  resolve(candidate: SpeakerCandidate): Resolution {
    this.catchUp(candidate.start);
    if (candidate.mention !== null) {
      const entity = this.speakerEntityOf(candidate.mention);
      if (candidate.mention.entity.type === 'place' && entity !== null) {
        return {
          entity,
          doubt: { reason: 'speaker-government-assumed', message: `"${candidate.text}" taken to mean ${entity.name}` },
        };
      }
      return { entity, doubt: null };
    }
    if (candidate.pronoun === 'he' || candidate.pronoun === 'she') return this.resolvePersonalPronoun(candidate);
    if (candidate.pronoun !== null) return this.latest((entity) => entity.type === 'organisation', candidate);
    if (candidate.role?.type === 'person') {
      const noun = candidate.role.noun;
      return this.latest(
        (entity) =>
          entity.type === 'person' && (this.titlesOf.get(entity.key) ?? []).some((title) => title.includes(noun)),
        candidate,
      );
    }
    if (candidate.role?.type === 'organisation') {
      const noun = candidate.role.noun;
      const named = this.latest(
        (entity) =>
          entity.type === 'organisation' && this.namesOf(entity).some((name) => name.toLowerCase().includes(noun)),
        candidate,
      );
      // "the company", "the firm": no name says "company", so the latest organisation is meant.
      if (named.entity === null && GENERIC_ORGANISATION_NOUNS.has(noun)) {
        return this.latest((entity) => entity.type === 'organisation', candidate);
      }
      return named;
    }
    return { entity: null, doubt: null };
  }

  private namesOf(entity: EntityRef): string[] {
    return this.index.organisationNames.get(entity.key) ?? [entity.name];
  }

  /** The most recent entries, newest last. */
  private recent(): Salient[] {
    return this.salient.slice(-LOOK_BACK);
  }

  private latest(accept: (entity: SpeakerEntity) => boolean, candidate: SpeakerCandidate): Resolution {
    for (let i = this.salient.length - 1; i >= Math.max(0, this.salient.length - LOOK_BACK); i -= 1) {
      const entry = this.salient[i] as Salient;
      if (accept(entry.entity)) return { entity: entry.entity, doubt: null };
    }
    return {
      entity: null,
      doubt: { reason: 'speaker-unresolved', message: `nobody earlier fits "${candidate.text}"` },
    };
  }

  /**
   * He/she: the most recent gender-compatible speaker or subject; an object only when no one else
   * fits. The first resolution of a person whose gender was unknown teaches it.
   */
  private resolvePersonalPronoun(candidate: SpeakerCandidate): Resolution {
    const wanted: Gender = candidate.pronoun === 'he' ? 'male' : 'female';
    const compatible = this.recent().filter((entry) => {
      if (entry.entity.type !== 'person') return false;
      const gender = this.genderOf.get(entry.entity.key);
      return gender === undefined || gender === wanted;
    });
    const ranked = [
      ...compatible.filter((entry) => entry.prominent),
      ...compatible.filter((entry) => !entry.prominent),
    ];
    const prominent = compatible.filter((entry) => entry.prominent);
    const pool = prominent.length > 0 ? prominent : compatible;
    const best = pool.reduce<Salient | null>(
      (latest, entry) => (latest === null || entry.position > latest.position ? entry : latest),
      null,
    );
    if (best === null || ranked.length === 0) {
      return {
        entity: null,
        doubt: { reason: 'speaker-unresolved', message: `no earlier person fits "${candidate.text}"` },
      };
    }
    if (!this.genderOf.has(best.entity.key)) this.genderOf.set(best.entity.key, wanted);
    const rivals = new Set(
      pool
        .filter((entry) => entry.entity.key !== best.entity.key && candidate.start - entry.position < 400)
        .map((entry) => entry.entity.name),
    );
    const doubt =
      rivals.size > 0
        ? {
            reason: 'pronoun-ambiguous' as const,
            message: `"${candidate.text}" read as ${best.entity.name}; could be ${[...rivals].join(', ')}`,
          }
        : null;
    return { entity: best.entity, doubt };
  }

  /** People and organisations speak as themselves; a country or its capital speaks as its government. */
  speakerEntityOf(mention: FoundMention): SpeakerEntity | null {
    const entity = mention.entity;
    if (entity.type === 'person' || entity.type === 'organisation') return entity as SpeakerEntity;
    const country = this.index.governmentOf(entity.key);
    if (country === undefined) return null;
    const government = this.index.organisations.find((organisation) =>
      this.namesOf(organisation).some(
        (name) =>
          name === governmentName(country) || name === `Government of ${country}` || name === `${country} government`,
      ),
    );
    if (government) return government as SpeakerEntity;
    return suggestedRef('organisation', governmentName(country)) as SpeakerEntity;
  }
}
