import type { GapsResponse, WhatIfResponse } from "../../../server/contracts/chains";
import { chainsApi } from "../../api/chains";
import { describeError } from "../../app/errors";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { orgLookup, orgName, reasonText, statusBadge } from "./gap-labels";

type Change =
  | { kind: "remove"; orgId: string }
  | { kind: "add"; orgId: string; techId: string }
  | { kind: "settle"; orgId: string; segmentId: string };

/**
 * Remove organisations, grant capabilities or settle an organisation locally in a segment (补链: a 招商 target
 * sets up here), then ask the server which labels would change (it runs the same rules on a copy; nothing is
 * written). `onResult` lets the flow chart preview the new labels.
 */
export function whatIfPanel(
  ctx: ViewContext,
  report: GapsResponse,
  onResult: (result: WhatIfResponse | null) => void,
): HTMLElement {
  const lookup = orgLookup(report);
  const pending: Change[] = [];
  const orgs = [...report.orgs].sort(
    (a, b) => Number(b.local) - Number(a.local) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
  );
  const orgOptions = () => orgs.map((o) => h("option", { value: o.id }, `${displayName(o)} · ${t(`kind.${o.kind}`)}`));
  const removeSelect = h(
    "select",
    { "aria-label": t("chains.whatif.org"), "data-testid": "whatif-remove-org" },
    ...orgOptions(),
  );
  const capOrg = h(
    "select",
    { "aria-label": t("chains.whatif.org"), "data-testid": "whatif-cap-org" },
    ...orgOptions(),
  );
  const capTech = h(
    "select",
    { "aria-label": t("chains.whatif.tech"), "data-testid": "whatif-cap-tech" },
    ...report.technologies.map((tech) => h("option", { value: tech.id }, displayName(tech))),
  );
  const settleOrg = h(
    "select",
    { "aria-label": t("chains.whatif.org"), "data-testid": "whatif-settle-org" },
    ...orgOptions(),
  );
  const settleSegment = h(
    "select",
    { "aria-label": t("chains.whatif.segment"), "data-testid": "whatif-settle-segment" },
    ...report.segments.map((s) => h("option", { value: s.id }, displayName(s))),
  );
  const list = h("ul", { class: "pending" });
  const result = h("div", { class: "whatif-result", "data-testid": "whatif-result" });
  const techName = (id: string) => displayName(report.technologies.find((x) => x.id === id) ?? { name: id });
  const segmentName = (id: string) => displayName(report.segments.find((s) => s.id === id) ?? { name: id });

  const renderPending = () => {
    clear(list);
    const describe = (change: Change) => {
      const org = orgName(lookup, change.orgId);
      if (change.kind === "remove") return t("chains.whatif.removeItem", { org });
      if (change.kind === "add") return t("chains.whatif.addItem", { org, tech: techName(change.techId) });
      return t("chains.whatif.settleItem", { org, segment: segmentName(change.segmentId) });
    };
    pending.forEach((change, i) =>
      list.append(
        h(
          "li",
          {},
          describe(change),
          " ",
          h(
            "button",
            {
              type: "button",
              "aria-label": "×",
              onclick: () => {
                pending.splice(i, 1);
                renderPending();
              },
            },
            "×",
          ),
        ),
      ),
    );
  };
  const showResult = (response: WhatIfResponse) => {
    clear(result);
    onResult(response);
    if (!response.changes.length) return append(result, h("p", { class: "muted" }, t("chains.whatif.noChanges")));
    append(
      result,
      h("h3", {}, t("chains.whatif.changes")),
      h(
        "ul",
        {},
        ...response.changes.map((c) =>
          h(
            "li",
            { "data-segment": c.id },
            segmentName(c.id),
            ": ",
            statusBadge(c.from),
            " → ",
            statusBadge(c.to),
            " ",
            h("span", { class: "muted" }, c.reasonsAfter.map(reasonText).join(t("chains.sep"))),
          ),
        ),
      ),
      h("p", { class: "muted" }, t("chains.whatif.preview")),
    );
  };
  const run = async () => {
    try {
      showResult(
        await chainsApi.whatIf(report.chain.id, {
          removeOrgs: pending.flatMap((c) => (c.kind === "remove" ? [c.orgId] : [])),
          addCapabilities: pending.flatMap((c) => (c.kind === "add" ? [{ orgId: c.orgId, techId: c.techId }] : [])),
          settle: pending.flatMap((c) => (c.kind === "settle" ? [{ orgId: c.orgId, segmentId: c.segmentId }] : [])),
        }),
      );
    } catch (error) {
      ctx.banner.error(describeError(error), () => void run());
    }
  };
  const add = (change: Change) => {
    pending.push(change);
    renderPending();
  };

  return h(
    "section",
    { class: "whatif", "data-testid": "whatif" },
    h("h2", {}, t("chains.whatif.title")),
    h(
      "div",
      { class: "whatif-row" },
      h("label", {}, t("chains.whatif.remove")),
      removeSelect,
      h(
        "button",
        {
          type: "button",
          "data-testid": "whatif-add-remove",
          onclick: () => add({ kind: "remove", orgId: removeSelect.value }),
        },
        t("chains.whatif.add"),
      ),
    ),
    h(
      "div",
      { class: "whatif-row" },
      h("label", {}, t("chains.whatif.addCap")),
      capOrg,
      capTech,
      h(
        "button",
        {
          type: "button",
          "data-testid": "whatif-add-cap",
          onclick: () => add({ kind: "add", orgId: capOrg.value, techId: capTech.value }),
        },
        t("chains.whatif.add"),
      ),
    ),
    h(
      "div",
      { class: "whatif-row" },
      h("label", {}, t("chains.whatif.settle")),
      settleOrg,
      settleSegment,
      h(
        "button",
        {
          type: "button",
          "data-testid": "whatif-add-settle",
          onclick: () => add({ kind: "settle", orgId: settleOrg.value, segmentId: settleSegment.value }),
        },
        t("chains.whatif.add"),
      ),
    ),
    h("h3", {}, t("chains.whatif.pending")),
    list,
    h(
      "div",
      { class: "whatif-row" },
      h(
        "button",
        { type: "button", class: "primary", "data-testid": "whatif-run", onclick: () => void run() },
        t("chains.whatif.run"),
      ),
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            pending.length = 0;
            renderPending();
            clear(result);
            onResult(null);
          },
        },
        t("chains.whatif.reset"),
      ),
    ),
    result,
  );
}
