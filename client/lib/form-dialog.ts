import { append, clear, h } from "./dom";

export interface DialogField {
  name: string;
  label: string;
  type?: "text" | "password";
  autocomplete?: string;
}

export interface FormDialogOptions {
  title: string;
  fields: DialogField[];
  submit: string;
  /** Without a cancel label the dialog cannot be dismissed (e.g. signing in is required). */
  cancel?: string;
  testid: string;
  /** A line of explanation under the title (e.g. what the action also does). */
  hint?: string;
  /** Throw to show the message and keep the dialog open. */
  onSubmit(values: Record<string, string>): Promise<void>;
  describe(error: unknown): string;
}

/** A modal form in a native <dialog> (focus trapping and Escape for free); removes itself when closed. */
export function openFormDialog(options: FormDialogOptions): HTMLDialogElement {
  const inputs = options.fields.map((field) =>
    h("input", {
      name: field.name,
      type: field.type ?? "text",
      autocomplete: field.autocomplete ?? "off",
      required: true,
      "aria-label": field.label,
    }),
  );
  const error = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "primary" }, options.submit);
  const form = h(
    "form",
    { method: "dialog" },
    h("h2", {}, options.title),
    options.hint ? h("p", { class: "muted" }, options.hint) : null,
    ...options.fields.map((field, i) => h("label", {}, h("span", {}, field.label), inputs[i]!)),
    error,
    h(
      "div",
      { class: "dialog-actions" },
      options.cancel ? h("button", { type: "button", onclick: () => dialog.close() }, options.cancel) : null,
      submit,
    ),
  );
  const dialog = h("dialog", { class: "form-dialog", "data-testid": options.testid }, form);
  if (!options.cancel) dialog.addEventListener("cancel", (event) => event.preventDefault());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.hidden = true;
    const values = Object.fromEntries(options.fields.map((field, i) => [field.name, inputs[i]!.value]));
    options.onSubmit(values).then(
      () => dialog.close(),
      (e: unknown) => {
        clear(error);
        append(error, options.describe(e));
        error.hidden = false;
        submit.disabled = false;
      },
    );
  });
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  inputs[0]?.focus();
  return dialog;
}
