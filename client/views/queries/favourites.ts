// Favourite queries live in this browser only (localStorage), like Neo4j Browser's favourites.
const KEY = "chainatlas.queries.favourites";

export function favourites(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function toggleFavourite(id: string): boolean {
  const set = favourites();
  const on = !set.has(id);
  if (on) set.add(id);
  else set.delete(id);
  localStorage.setItem(KEY, JSON.stringify([...set]));
  return on;
}
