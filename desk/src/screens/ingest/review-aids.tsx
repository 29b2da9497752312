import { useState } from 'preact/hooks';
import { excerpt, type Span } from './model.ts';

/**
 * The keyboard's way to select: type the words, and the desk finds them in the copy (once only;
 * words that occur more than once are for the mouse). They become the selection the buttons use.
 */
export function FindWords({
  text,
  onFound,
  onMessage,
}: {
  text: string;
  onFound: (span: Span) => void;
  onMessage: (message: string) => void;
}) {
  const [words, setWords] = useState('');
  const find = (event: Event) => {
    event.preventDefault();
    const wanted = words.trim();
    const at = text.indexOf(wanted);
    if (!wanted || at === -1) return onMessage('Those words are not in the copy.');
    if (text.indexOf(wanted, at + 1) !== -1) {
      return onMessage('Those words occur more than once: add a word or two, or select them in the copy.');
    }
    onFound({ start: at, end: at + wanted.length });
    onMessage(`Selected “${excerpt(wanted, 60)}”.`);
  };
  return (
    <form class="find-words" onSubmit={find}>
      <label for="find-words">Or type the words</label>
      <div class="button-row">
        <input id="find-words" type="text" value={words} onInput={(e) => setWords(e.currentTarget.value)} />
        <button type="submit">Select them</button>
      </div>
    </form>
  );
}

export function Legend() {
  return (
    <ul class="legend" aria-label="Legend">
      <li>
        <mark class="q q-direct">direct quote</mark>
      </li>
      <li>
        <mark class="q q-partial">partial</mark>
      </li>
      <li>
        <mark class="q q-indirect">indirect</mark>
      </li>
      <li>
        <span class="m m-person">person</span>
      </li>
      <li>
        <span class="m m-place">place</span>
      </li>
      <li>
        <span class="m m-organisation">organisation</span>
      </li>
      <li>
        <span class="doubt">to check</span>
      </li>
    </ul>
  );
}
