/** The original's default document name, `Fax_YYYYMMDD_HHMM`, from the UTC time `now`. */
export function defaultFilename(now: Date = new Date()): string {
  const iso = now.toISOString(); // 2026-11-26T12:27:04.000Z
  return `Fax_${iso.slice(0, 10).replaceAll('-', '')}_${iso.slice(11, 16).replace(':', '')}`;
}
