/**
 * The Frictionless Table Schema of the research file: one field per variable
 * with its type, English title and description (Korean in `title_ko` and
 * after the English description), value labels as `categories` (Korean in
 * `categories_ko`), and the cell values that mean missing.
 */
import type { TCodebookVariable } from './codebook.ts';

/** One field of a Table Schema, with the package's Korean additions. */
export type TSchemaField = {
  name: string;
  type: TCodebookVariable['type'];
  title: string;
  title_ko: string;
  description: string;
  categories?: { value: number; label: string }[];
  categories_ko?: { value: number; label: string }[];
  categoriesOrdered?: boolean;
  missingValues: string[];
  constraints?: { minimum?: number; maximum?: number; pattern?: string };
};

/** A Frictionless Table Schema. */
export type TTableSchema = {
  fields: TSchemaField[];
  missingValues: string[];
  primaryKey: string[];
};

function field(variable: TCodebookVariable): TSchemaField {
  const description = [
    variable.description.en,
    variable.scoring?.en,
    variable.missing.en,
    '',
    variable.description.ko,
    variable.scoring?.ko,
    variable.missing.ko,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  return {
    name: variable.name,
    type: variable.type,
    title: variable.label.en,
    title_ko: variable.label.ko,
    description,
    ...(variable.categories && {
      categories: variable.categories.map((c) => ({ value: c.value, label: c.label.en })),
      categories_ko: variable.categories.map((c) => ({ value: c.value, label: c.label.ko })),
    }),
    ...(variable.ordered && { categoriesOrdered: true }),
    missingValues: [...variable.missingValues],
    ...(variable.constraints && { constraints: { ...variable.constraints } }),
  };
}

/** The Table Schema for `variables` (the first is the primary key). */
export function tableSchema(variables: readonly TCodebookVariable[]): TTableSchema {
  return {
    fields: variables.map(field),
    missingValues: [''],
    primaryKey: variables.slice(0, 1).map((v) => v.name),
  };
}
