// Measures of specific writing: named services, numbers, distinct sentences.
import { normalize, tokens } from './filler.js';

/** A number, or a named thing: an acronym (IAM, KMS), a CamelCase or mid-sentence capitalised name (DynamoDB, Amazon Bedrock). */
export function isSpecific(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = text.split(/[\s,;:()/]+/).filter((w) => w.length > 0);
  return words.some((w, i) => /^[A-Z]{2,}s?$/.test(w) || /^[A-Z]?[a-z]+[A-Z]/.test(w) || (i > 0 && /^[A-Z][a-z]/.test(w) && !/[.!?]$/.test(words[i - 1]!)));
}

export function wordCount(text: string | undefined): number {
  return text === undefined ? 0 : tokens(text).length;
}

/** Sentences of 3 or more words, counted once each however often they repeat. */
export function distinctSentences(text: string): number {
  const sentences = text
    .split(/[.!?](?:\s+|$)/)
    .map(normalize)
    .filter((s) => s.split(' ').length >= 3);
  return new Set(sentences).size;
}
