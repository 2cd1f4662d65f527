import { select } from "d3";
import { layoutBars } from "./layout";

const LABEL_WIDTH = 260;
const BAR_HEIGHT = 22;

/** Draw a horizontal bar chart as SVG (D3); labels are text nodes, never HTML. */
export function drawBars(
  host: HTMLElement,
  items: { label: string; value: number }[],
  width: number,
): { hidden: number } {
  const plot = Math.max(120, width - LABEL_WIDTH - 60);
  const layout = layoutBars(items, { width: plot, barHeight: BAR_HEIGHT });
  host.replaceChildren();
  const svg = select(host)
    .append("svg")
    .attr("width", width)
    .attr("height", layout.height + 8)
    .attr("role", "img");
  const row = svg
    .selectAll("g")
    .data(layout.bars)
    .join("g")
    .attr("transform", (bar) => `translate(0,${bar.y + 4})`);
  row
    .append("text")
    .attr("x", LABEL_WIDTH - 8)
    .attr("y", BAR_HEIGHT / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("class", "bar-label")
    .text((bar) => (bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label))
    .append("title")
    .text((bar) => bar.label);
  row
    .append("rect")
    .attr("x", LABEL_WIDTH)
    .attr("height", BAR_HEIGHT)
    .attr("width", (bar) => bar.width)
    .attr("rx", 3)
    .attr("class", "bar");
  row
    .append("text")
    .attr("x", (bar) => LABEL_WIDTH + bar.width + 6)
    .attr("y", BAR_HEIGHT / 2)
    .attr("dy", "0.35em")
    .attr("class", "bar-value")
    .text((bar) => String(bar.value));
  return { hidden: layout.hidden };
}
