/** Dates as the site writes them everywhere: ISO 8601 (2026-12-02), in the reader's own time zone. */
export function isoDate(timestamp: string | Date): string {
  const date = new Date(timestamp);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
