// UI text lives in i18n/<lang>/<feature>.json; every file of a language is merged into one dictionary,
// so each feature owns its own file. Chinese is the default; the choice persists in localStorage and the URL.
export type Lang = "zh" | "en";

type Dict = Record<string, string>;

const files = import.meta.glob<Dict>("./*/*.json", { eager: true, import: "default" });

function dictionary(lang: Lang): Dict {
  const merged: Dict = {};
  for (const [file, dict] of Object.entries(files)) if (file.startsWith(`./${lang}/`)) Object.assign(merged, dict);
  return merged;
}

const dicts: Record<Lang, Dict> = { zh: dictionary("zh"), en: dictionary("en") };
const STORAGE_KEY = "chainatlas.lang";
const listeners = new Set<(lang: Lang) => void>();

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  if (fromUrl === "zh" || fromUrl === "en") return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "zh";
}

let current: Lang = initialLang();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
  for (const listener of listeners) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translate a key, filling {placeholders}; a missing key shows the English text, then the key itself. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const template = dicts[current][key] ?? dicts.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A node's display name in the current language. */
export function displayName(node: { name: string; nameEn?: string }): string {
  return current === "en" && node.nameEn ? node.nameEn : node.name;
}

export function allKeys(which: Lang): string[] {
  return Object.keys(dicts[which]);
}
