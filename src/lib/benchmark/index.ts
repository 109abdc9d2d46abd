/** The maths of the benchmark report: distributions, uncertainty and anonymity. */
export * from './histogram.ts';
export * from './intervals.ts';
export * from './anonymity.ts';
