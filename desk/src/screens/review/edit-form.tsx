import { useState } from 'preact/hooks';
import type { Entity, EntityPatch } from '../../entity-api.ts';
import type { EntityType } from '../../entity-search.ts';

const PLACE_KINDS = ['continent', 'country', 'region', 'city', 'village', 'other'] as const;

/** Name, other names, and what each type has of its own (a place's kind, a person's nationality). */
export function EditForm({
  id,
  type,
  entity,
  busy,
  onSave,
}: {
  id: string;
  type: EntityType;
  entity: Entity;
  busy: boolean;
  onSave: (patch: EntityPatch) => void;
}) {
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.join(', '));
  const [kind, setKind] = useState('kind' in entity ? entity.kind : '');
  const [nationality, setNationality] = useState('nationality' in entity ? (entity.nationality ?? '') : '');
  return (
    <form
      id={id}
      class="sub-form stack"
      onSubmit={(event) => {
        event.preventDefault();
        const patch: EntityPatch = {
          name: name.trim(),
          aliases: [
            ...new Set(
              aliases
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            ),
          ],
        };
        if (type !== 'person') patch.kind = kind;
        if (type === 'person') patch.nationality = nationality.trim().toUpperCase() || null;
        onSave(patch);
      }}
    >
      <div class="field">
        <label for={`${id}-name`}>Name</label>
        <input id={`${id}-name`} required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-aliases`}>Other names (comma-separated)</label>
        <input id={`${id}-aliases`} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      </div>
      {type === 'place' && (
        <div class="field">
          <label for={`${id}-kind`}>Kind of place</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
      )}
      {type === 'organisation' && (
        <div class="field">
          <label for={`${id}-kind`}>Kind of organisation</label>
          <input id={`${id}-kind`} required value={kind} onInput={(e) => setKind(e.currentTarget.value)} />
        </div>
      )}
      {type === 'person' && (
        <div class="field">
          <label for={`${id}-nationality`}>Nationality (two-letter country code)</label>
          <input
            id={`${id}-nationality`}
            value={nationality}
            maxLength={2}
            pattern="[A-Za-z]{2}"
            onInput={(e) => setNationality(e.currentTarget.value)}
          />
        </div>
      )}
      <div>
        <button type="submit" class="primary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
