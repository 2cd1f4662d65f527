import type { Role } from "../../../server/contracts/auth";
import { ROLES } from "../../../server/contracts/auth";
import type { User } from "../../../server/contracts/users";
import { adminApi } from "../../api/admin";
import { describeError } from "../../app/errors";
import type { Banner } from "../../app/banner";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";

/** A secret shown once (generated password or API token) with a copy hint. */
function secretNote(text: string, secret: string): HTMLElement {
  return h(
    "div",
    { class: "secret", role: "status", "data-testid": "secret" },
    h("span", {}, text),
    h("code", {}, secret),
    h("span", { class: "muted" }, t("admin.secret.once")),
  );
}

/** Accounts: create, change role, disable/enable, reset password, API tokens. */
export function createUsersPanel(banner: Banner, me: string): HTMLElement {
  const body = h("tbody", {});
  const notes = h("div", {});
  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      await load();
    } catch (error) {
      banner.error(describeError(error));
    }
  };
  const roleOptions = (selected: Role) =>
    ROLES.map((r) => h("option", { value: r, selected: r === selected }, t(`role.${r}`)));

  function tokensRow(user: User): HTMLElement {
    const cell = h("td", { colspan: 6 });
    const row = h("tr", { class: "tokens", hidden: true }, cell);
    const name = h("input", { placeholder: t("admin.tokens.name"), "aria-label": t("admin.tokens.name") });
    (row as HTMLElement & { refresh?: () => Promise<void> }).refresh = async () => {
      const { tokens } = await adminApi.tokens(user.username);
      clear(cell);
      append(
        cell,
        tokens.length
          ? h(
              "table",
              { class: "grid" },
              h(
                "tbody",
                {},
                ...tokens.map((tok) =>
                  h(
                    "tr",
                    {},
                    h("td", {}, tok.name),
                    h("td", {}, t("admin.tokens.created", { at: tok.createdAt.slice(0, 16).replace("T", " ") })),
                    h(
                      "td",
                      {},
                      tok.lastUsedAt
                        ? t("admin.tokens.used", { at: tok.lastUsedAt.slice(0, 16).replace("T", " ") })
                        : t("admin.tokens.unused"),
                    ),
                    h(
                      "td",
                      {},
                      h(
                        "button",
                        {
                          onclick: () =>
                            void run(async () => {
                              await adminApi.revokeToken(user.username, tok.id);
                            }),
                        },
                        t("admin.tokens.revoke"),
                      ),
                    ),
                  ),
                ),
              ),
            )
          : h("p", { class: "muted" }, t("admin.tokens.none")),
        h(
          "div",
          { class: "form-row" },
          name,
          h(
            "button",
            {
              onclick: () =>
                void run(async () => {
                  const made = await adminApi.createToken(user.username, name.value.trim() || "script");
                  clear(notes);
                  notes.append(secretNote(t("admin.tokens.secret", { user: user.username }), made.secret));
                }),
            },
            t("admin.tokens.create"),
          ),
        ),
      );
    };
    return row;
  }

  async function load() {
    const { users } = await adminApi.users();
    clear(body);
    for (const user of users) {
      const tokens = tokensRow(user);
      const role = h(
        "select",
        { "aria-label": t("admin.users.role"), disabled: user.username === me },
        ...roleOptions(user.role),
      );
      role.addEventListener(
        "change",
        () =>
          void run(async () => {
            await adminApi.updateUser(user.username, { role: role.value as Role });
          }),
      );
      body.append(
        h(
          "tr",
          { "data-user": user.username, class: user.disabled ? "disabled" : "" },
          h(
            "td",
            {},
            h("strong", {}, user.username),
            user.username === me ? h("span", { class: "muted" }, ` (${t("admin.users.you")})`) : null,
          ),
          h("td", {}, role),
          h("td", {}, user.disabled ? t("admin.users.disabled") : t("admin.users.active")),
          h("td", {}, user.lastLoginAt ? user.lastLoginAt.slice(0, 16).replace("T", " ") : "—"),
          h("td", {}, String(user.tokens)),
          h(
            "td",
            { class: "actions" },
            h(
              "button",
              {
                disabled: user.username === me,
                onclick: () =>
                  void run(async () => {
                    await adminApi.updateUser(user.username, { disabled: !user.disabled });
                  }),
              },
              user.disabled ? t("admin.users.enable") : t("admin.users.disable"),
            ),
            h(
              "button",
              {
                title: t("admin.users.resetHint"),
                onclick: () =>
                  void run(async () => {
                    const reset = await adminApi.resetPassword(user.username);
                    clear(notes);
                    if (reset.password)
                      notes.append(secretNote(t("admin.users.newPassword", { user: user.username }), reset.password));
                  }),
              },
              t("admin.users.reset"),
            ),
            h(
              "button",
              {
                onclick: async () => {
                  tokens.hidden = !tokens.hidden;
                  if (!tokens.hidden)
                    await (tokens as HTMLElement & { refresh: () => Promise<void> })
                      .refresh()
                      .catch((e: unknown) => banner.error(describeError(e)));
                },
              },
              t("admin.tokens.title"),
            ),
          ),
        ),
        tokens,
      );
    }
  }

  const username = h("input", {
    placeholder: t("admin.users.username"),
    "aria-label": t("admin.users.username"),
    "data-testid": "new-username",
  });
  const role = h(
    "select",
    { "aria-label": t("admin.users.role"), "data-testid": "new-role" },
    ...roleOptions("viewer"),
  );
  const create = h(
    "button",
    {
      class: "primary",
      "data-testid": "create-user",
      onclick: () =>
        void run(async () => {
          const made = await adminApi.createUser(username.value.trim().toLowerCase(), role.value as Role);
          username.value = "";
          clear(notes);
          if (made.password)
            notes.append(secretNote(t("admin.users.created", { user: made.user.username }), made.password));
        }),
    },
    t("admin.users.create"),
  );
  void load().catch((error: unknown) => banner.error(describeError(error)));
  return h(
    "section",
    { class: "card", "data-testid": "users-panel" },
    h("h2", {}, t("admin.users.title")),
    h("div", { class: "form-row" }, username, role, create, h("span", { class: "muted" }, t("admin.users.createHint"))),
    notes,
    h(
      "table",
      { class: "grid users" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["username", "role", "status", "lastLogin", "tokens", "actions"].map((k) =>
            h("th", {}, t(`admin.users.col.${k}`)),
          ),
        ),
      ),
      body,
    ),
  );
}
