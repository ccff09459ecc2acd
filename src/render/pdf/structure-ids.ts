// Chromium names each element of a tagged PDF's structure after its DOM node's
// id ("node00000232"), and those ids come from a counter that lives as long as
// the renderer process: a print page that printed another proposal before
// numbers the same document differently. The ids are only labels (a structure
// element's /ID, the /Headers a table cell points at, the keys of the /IDTree
// that finds them), so each is replaced by its rank among them: the same
// document gives the same bytes in a fresh page and in one reused from spec to
// spec. The order is kept, so the /IDTree's keys stay sorted.
import { PDFArray, PDFDict, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;
const ID = PDFName.of('ID');
const A = PDFName.of('A');
const HEADERS = PDFName.of('Headers');
const TYPE = PDFName.of('Type');
const STRUCT_ELEM = PDFName.of('StructElem');
const STRUCT_TREE_ROOT = PDFName.of('StructTreeRoot');
const ID_TREE = PDFName.of('IDTree');
const NAMES = PDFName.of('Names');
const KIDS = PDFName.of('Kids');
const LIMITS = PDFName.of('Limits');

/** Every place a structure id is written: a holder and how to read and replace it. */
type Slot = { readonly get: () => PDFObject | undefined; readonly set: (value: PDFObject) => void };

function arraySlots(array: PDFArray, step = 1): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < array.size(); i += step) slots.push({ get: () => array.get(i), set: (value) => array.set(i, value) });
  return slots;
}

function idTreeSlots(doc: PDFDocument, node: PDFDict, seen: Set<PDFDict>): Slot[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const slots: Slot[] = [];
  const names = node.lookupMaybe(NAMES, PDFArray);
  if (names !== undefined) slots.push(...arraySlots(names, 2));
  const limits = node.lookupMaybe(LIMITS, PDFArray);
  if (limits !== undefined) slots.push(...arraySlots(limits));
  const kids = node.lookupMaybe(KIDS, PDFArray);
  for (const kid of kids?.asArray() ?? []) {
    const dict = doc.context.lookup(kid);
    if (dict instanceof PDFDict) slots.push(...idTreeSlots(doc, dict, seen));
  }
  return slots;
}

function elementSlots(doc: PDFDocument, element: PDFDict): Slot[] {
  const slots: Slot[] = [{ get: () => element.get(ID), set: (value) => element.set(ID, value) }];
  const attributes = doc.context.lookup(element.get(A));
  const list = attributes instanceof PDFArray ? attributes.asArray().map((a) => doc.context.lookup(a)) : [attributes];
  for (const attribute of list) {
    if (!(attribute instanceof PDFDict)) continue;
    const headers = attribute.lookupMaybe(HEADERS, PDFArray);
    if (headers !== undefined) slots.push(...arraySlots(headers));
  }
  return slots;
}

function nodeNumber(value: PDFObject | undefined): string | null {
  return value instanceof PDFString ? (NODE_ID.exec(value.asString())?.[1] ?? null) : null;
}

/** Replaces Chromium's node ids in the structure tree with their ranks (node00000001, …). */
export function renumberStructureIds(doc: PDFDocument): void {
  const slots: Slot[] = [];
  const root = doc.catalog.lookupMaybe(STRUCT_TREE_ROOT, PDFDict);
  const idTree = root?.lookupMaybe(ID_TREE, PDFDict);
  if (idTree !== undefined) slots.push(...idTreeSlots(doc, idTree, new Set()));
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(TYPE) === STRUCT_ELEM) slots.push(...elementSlots(doc, object));
  }
  const numbers = new Set<string>();
  for (const slot of slots) {
    const number = nodeNumber(slot.get());
    if (number !== null) numbers.add(number);
  }
  const ranks = new Map([...numbers].sort((a, b) => Number(a) - Number(b)).map((number, i) => [number, `node${String(i + 1).padStart(8, '0')}`] as const));
  for (const slot of slots) {
    const number = nodeNumber(slot.get());
    const renamed = number !== null ? ranks.get(number) : undefined;
    if (renamed !== undefined) slot.set(PDFString.of(renamed));
  }
}
