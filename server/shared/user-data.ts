// Provenance and ids for what planners create or edit in the app (user data, per the product rules).

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `source: app, file: ui` marks a fact entered through the app, as of today, by whom (when signed in). */
export function userProvenance(note?: string, by?: string): Record<string, string> {
  return {
    source: "app",
    basis: "stated",
    file: "ui",
    asOf: today(),
    ...(note ? { note } : {}),
    ...(by ? { by } : {}),
  };
}

/** A fresh id like prob:u-m3k9x2-7f4q (time-ordered, collision-safe for a planning office). */
export function newId(prefix: string): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${prefix}:u-${Date.now().toString(36)}-${random}`;
}
