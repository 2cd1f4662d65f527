import "./styles/base.css";
import { startShell } from "./app/shell";
import { lang } from "./i18n";

document.documentElement.lang = lang() === "zh" ? "zh-CN" : "en";
startShell(document.getElementById("app")!);
