// Placeholder and filler text: what a learner types to make a field "present"
// without saying anything. Such text counts as nothing in the rubric.

/** Whole values that say nothing (compared after normalising case and punctuation). */
const PLACEHOLDERS = new Set([
  '',
  'x',
  'xx',
  'xxx',
  'xxxx',
  'y',
  'n',
  'yes',
  'no',
  'ok',
  'okay',
  'true',
  'false',
  'done',
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'na',
  'n a',
  'none',
  'null',
  'nil',
  'nothing',
  'test',
  'testing',
  'foo',
  'bar',
  'baz',
  'foo bar',
  'asdf',
  'qwerty',
  'placeholder',
  'something',
  'stuff',
  'things',
  'etc',
  'misc',
  'various',
  'same',
  'same as above',
  'see above',
  'as above',
  'ditto',
  'to be determined',
  'to be decided',
  'to be confirmed',
  'to be defined',
  'lorem',
  'ipsum',
  'lorem ipsum',
  'dummy',
  'sample',
  'example',
  'abc',
  'xyz',
  'blah',
  'blah blah',
  'whatever',
  'misc stuff',
  'fill in',
  'fill me in',
  'later',
  'pending',
  'unknown',
]);

/** Latin filler from typesetting templates. */
const LATIN = /\b(lorem|ipsum|dolor sit|sit amet|consectetur|adipiscing|sed do eiusmod)\b/i;

/** Lower-case words, punctuation dropped: the form texts are compared in. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalize(text);
  return n === '' ? [] : n.split(' ');
}

/** Why the text counts as nothing, or null when it is real text. */
export function fillerReason(text: string): string | null {
  const n = normalize(text);
  const short = text.trim().length > 40 ? `${text.trim().slice(0, 37)}...` : text.trim();
  if (n === '') return 'is empty';
  if (PLACEHOLDERS.has(n)) return `is placeholder text ("${short}")`;
  if (LATIN.test(text)) return `is filler text ("${short}")`;
  const words = n.split(' ');
  if (words.every((w) => PLACEHOLDERS.has(w))) return `is placeholder text ("${short}")`;
  const distinct = new Set(words).size;
  if (words.length >= 2 && distinct === 1) return `repeats one word ("${short}")`;
  if (words.length >= 6 && distinct / words.length < 0.5) return `is mostly repeated words ("${short}")`;
  return null;
}
