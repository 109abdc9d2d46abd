/**
 * Whether a linear combination of published figures can give a target figure:
 * vectors over the unknowns (how many organisations of each attribute
 * combination joined at each release), reduced modulo a prime. Membership in
 * the row space modulo p follows membership over the rationals except with
 * negligible probability for the small integer vectors used here.
 */
const P = 1_000_003; // prime; products of two residues stay below 2^53

function mod(value: number): number {
  const r = value % P;
  return r < 0 ? r + P : r;
}

function inverse(value: number): number {
  // Fermat: value^(P-2) mod P, by squaring with BigInt to stay exact
  let result = 1n;
  let base = BigInt(mod(value));
  let exponent = BigInt(P - 2);
  const modulus = BigInt(P);
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return Number(result);
}

/** A row-reduced basis of published vectors; `determines` tells whether a target lies in their span. */
export class PublishedSpan {
  private readonly pivots = new Map<number, number[]>(); // pivot column → row with 1 there

  add(vector: readonly number[]): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((value) => value !== 0);
    if (pivot < 0) return;
    const scale = inverse(row[pivot]!);
    const normalised = row.map((value) => mod(value * scale));
    this.pivots.set(pivot, normalised);
  }

  determines(target: readonly number[]): boolean {
    return this.reduce(target).every((value) => value === 0);
  }

  private reduce(vector: readonly number[]): number[] {
    const row = vector.map(mod);
    for (let column = 0; column < row.length; column += 1) {
      if (row[column] === 0) continue;
      const basis = this.pivots.get(column);
      if (!basis) continue;
      const factor = row[column]!;
      for (let j = column; j < row.length; j += 1) row[j] = mod(row[j]! - factor * basis[j]!);
    }
    return row;
  }
}
