/**
 * Variable names that R, pandas, SPSS and Stata all accept: at most 32
 * characters, ASCII letters, digits and underscores, starting with a letter,
 * not a reserved word, unique without regard to case (SPSS ignores case).
 */

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** Reserved in SPSS (any case) or Stata. */
const RESERVED = new Set(
  [
    ...['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with'],
    ...['byte', 'double', 'float', 'if', 'in', 'int', 'long', 'strl', 'using'],
    ...['true', 'false', 'null', 'na', 'nan', 'inf', 'function', 'else', 'repeat', 'while'],
  ].map((word) => word.toLowerCase()),
);

/** Whether `name` is a valid variable name in R, pandas, SPSS and Stata. */
export function isValidVariableName(name: string): boolean {
  return NAME.test(name) && !RESERVED.has(name.toLowerCase()) && !/^str\d+$/i.test(name);
}

/** `staffing_resources` -> `staf_reso`: each snake_case part cut to four letters. */
export function abbreviate(name: string): string {
  return name
    .split('_')
    .map((part) => part.slice(0, 4))
    .join('_');
}

/**
 * Names for the columns of one question: `<question>__<part>` when all of them
 * fit in 32 characters, else `<abbreviated question>__<part>` for all of them,
 * cut to 32 characters where still longer. Deterministic; `uniqueNames` makes
 * the result unique.
 */
export function columnNames(question: string, parts: readonly string[]): string[] {
  const full = parts.map((part) => `${question}__${part}`);
  if (full.every((name) => name.length <= 32)) return full;
  return parts.map((part) => truncate(`${abbreviate(question)}__${part}`, 32));
}

function truncate(name: string, length: number): string {
  return name.slice(0, length).replace(/_+$/, '');
}

/** The names, with `_2`, `_3`, ... (within 32 characters) added to any that repeats another. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = `${truncate(name, 32 - `_${n}`.length)}_${n}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
