/**
 * Build-time data for an island in a `<script type="application/json">`
 * element: parsed in one native call, it reaches the component as plain
 * objects. (Passed as island props, it is serialised in Astro's tagged format,
 * revived value by value, and made deeply reactive by the Svelte renderer, so
 * every read of it goes through a proxy.)
 */

/** The element's text for `value`: JSON with `<` escaped, so nothing in it can close the element. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The parsed content of the JSON script element `id`; throws when the page has none. */
export function readJsonScript<T>(id: string, doc: Pick<Document, 'getElementById'> = document): T {
  const text = doc.getElementById(id)?.textContent;
  if (!text) throw new Error(`The page has no data element #${id}.`);
  return JSON.parse(text) as T;
}
