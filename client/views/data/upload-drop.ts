import { t } from "../../i18n";
import { h } from "../../lib/dom";

/** A drop zone that is also a file picker (keyboard: it is a label for the hidden input). */
export function createDropZone(onFile: (file: File) => void): HTMLElement {
  const input = h("input", {
    type: "file",
    accept: ".csv,.txt,.xlsx,.json",
    "data-testid": "import-file",
    class: "visually-hidden",
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = "";
  });
  const zone = h(
    "label",
    { class: "dropzone", "data-testid": "dropzone", tabindex: 0 },
    input,
    h("strong", {}, t("data.drop.title")),
    h("span", { class: "muted" }, t("data.drop.hint")),
  );
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
  zone.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.click();
    }
  });
  return zone;
}

/** A labelled <progress> bar. */
export function progressBar(testid: string) {
  const bar = h("progress", { max: 1, value: 0, "data-testid": testid });
  const label = h("span", { class: "muted" });
  const el = h("div", { class: "progress", hidden: true }, bar, label);
  return {
    el,
    set(done: number, total: number, text: string) {
      el.hidden = false;
      bar.max = Math.max(1, total);
      bar.value = Math.min(done, bar.max);
      label.textContent = text;
    },
    hide() {
      el.hidden = true;
    },
  };
}
