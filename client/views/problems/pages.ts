/** Sub-pages of /problems, by the rest of the path (/problems, /problems/new, /problems/<id>[/edit|/report]). */
export type Page = { page: "board" } | { page: "new" } | { page: "detail" | "edit" | "report"; id: string };

export function pageFor(pathname: string): Page {
  const [, , raw, action] = pathname.split("/");
  if (!raw) return { page: "board" };
  if (raw === "new") return { page: "new" };
  const id = decodeURIComponent(raw);
  if (action === "edit") return { page: "edit", id };
  if (action === "report") return { page: "report", id };
  return { page: "detail", id };
}
