// Small DOM helpers for the page. Every string from the server goes in as
// text (textContent), never as markup, except the documents' HTML, which the
// server renders with raw HTML escaped.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

const rendered = new Map<string, string>();

/**
 * Replaces the children of section `id` when its data changed since the last
 * state; an unchanged section is left alone, so what the reader is looking at
 * does not flicker.
 */
export function section(parent: HTMLElement, id: string, data: unknown, build: () => Child[]): HTMLElement {
  let node = document.getElementById(id);
  if (!node) {
    node = el('section', { id });
    parent.append(node);
  }
  const key = JSON.stringify(data);
  if (rendered.get(id) !== key) {
    rendered.set(id, key);
    node.replaceChildren(...build().filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  }
  return node;
}
