import { shortName } from "../../../server/contracts/short-name";
import type { PlacedNode } from "./layout";

// Labels of the small consortium graphs: the full name when it fits, else the short form people use
// (株洲中车时代电气股份有限公司 → 中车时代电气), else that short form on two lines; an ellipsis only when two
// lines are not enough. The full name is always the node's tooltip. Pure (widths are estimated).

const WIDE = /[\u2e80-\u9fff\uff00-\uffef]/;

/** Estimated drawn width: CJK and full-width characters one em, others about 0.6 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const c of text) w += WIDE.test(c) ? size : size * 0.6;
  return w;
}

/** The longest head of `text` (at a space for Latin text when possible) that fits `room`. */
function head(text: string, room: number, size: number): string {
  const chars = [...text];
  let n = 0;
  while (n < chars.length && textWidth(chars.slice(0, n + 1).join(""), size) <= room) n++;
  const cut = chars.slice(0, n).join("");
  const space = cut.lastIndexOf(" ");
  return n < chars.length && !WIDE.test(cut) && space > 0 ? cut.slice(0, space) : cut;
}

/** One or two lines naming `name` within `room` pixels. */
export function miniLabel(name: string, room: number, size = 11): string[] {
  const full = name.trim();
  if (textWidth(full, size) <= room) return [full];
  const short = shortName(full);
  if (textWidth(short, size) <= room) return [short];
  const first = head(short, room, size) || [...short][0]!;
  const rest = short.slice(first.length).trim();
  if (textWidth(rest, size) <= room) return [first, rest];
  return [first, `${head(rest, room - size, size)}…`];
}

/** Room for each node's label: the distance to its nearest neighbour in the same row, less a gap. */
export function labelRoom(nodes: readonly PlacedNode[], width: number, gap = 8, max = 150): Map<string, number> {
  const room = new Map<string, number>();
  for (const n of nodes) {
    let nearest = width;
    for (const o of nodes) if (o !== n && Math.abs(o.y - n.y) < 20) nearest = Math.min(nearest, Math.abs(o.x - n.x));
    // and never past the picture's edge (labels are centred)
    const edge = 2 * Math.min(n.x, width - n.x);
    room.set(n.id, Math.max(24, Math.min(max, nearest - gap, edge - 4)));
  }
  return room;
}
