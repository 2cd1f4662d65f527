import { ApiError } from "../api/http";
import { authApi } from "../api/auth";
import { t } from "../i18n";
import { clear, h } from "../lib/dom";
import { openFormDialog } from "../lib/form-dialog";
import { describeError } from "./errors";
import { session } from "./session";
import "./auth.css";

function loginMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === "INVALID_CREDENTIALS") return t("auth.invalid");
  if (error instanceof ApiError && error.code === "RATE_LIMITED") return t("auth.rateLimited");
  return describeError(error);
}

/** The sign-in dialog; `required` when anonymous visitors may see nothing (ANONYMOUS_ROLE=none). */
export function openLogin(required = false): void {
  if (document.querySelector("[data-testid=login-dialog]")) return;
  openFormDialog({
    title: t("auth.title"),
    testid: "login-dialog",
    fields: [
      { name: "username", label: t("auth.username"), autocomplete: "username" },
      { name: "password", label: t("auth.password"), type: "password", autocomplete: "current-password" },
    ],
    submit: t("auth.submit"),
    cancel: required ? undefined : t("auth.cancel"),
    describe: loginMessage,
    onSubmit: (v) => session.login(v.username!.trim().toLowerCase(), v.password!),
  });
}

function openChangePassword(): void {
  openFormDialog({
    title: t("auth.changePassword"),
    testid: "password-dialog",
    hint: t("auth.changePasswordHint"),
    fields: [
      { name: "current", label: t("auth.currentPassword"), type: "password", autocomplete: "current-password" },
      { name: "next", label: t("auth.newPassword"), type: "password", autocomplete: "new-password" },
    ],
    submit: t("auth.save"),
    cancel: t("auth.cancel"),
    describe: describeError,
    onSubmit: async (v) => {
      await authApi.changePassword(v.current!, v.next!);
      await session.load(); // every session of the user ended: sign in again with the new password
    },
  });
}

/** Top-bar control: "登录" when anonymous; the user name and role with change-password and sign-out otherwise. */
export function createUserMenu(): { el: HTMLElement; render(): void } {
  const el = h("div", { class: "user-menu", "data-testid": "user-menu" });
  function render() {
    clear(el);
    const user = session.get().user;
    if (!user) {
      el.append(h("button", { "data-testid": "login-button", onclick: () => openLogin() }, t("auth.login")));
      return;
    }
    const menu = h(
      "div",
      { class: "user-menu-items", hidden: true },
      h(
        "button",
        {
          onclick: () => {
            menu.hidden = true;
            openChangePassword();
          },
        },
        t("auth.changePassword"),
      ),
      h(
        "button",
        {
          "data-testid": "logout",
          onclick: () => {
            menu.hidden = true;
            void session.logout();
          },
        },
        t("auth.logout"),
      ),
    );
    const toggle = h(
      "button",
      { "aria-haspopup": "true", "data-testid": "user-name", onclick: () => (menu.hidden = !menu.hidden) },
      `${user.username} · ${t(`role.${user.role}`)} ▾`,
    );
    el.append(toggle, menu);
  }
  render();
  return { el, render };
}
