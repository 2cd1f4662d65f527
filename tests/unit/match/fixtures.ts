import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../../server/db/local/paths";
import { Instance } from "../../../server/domain/consortium/instance";

export const FIXTURES = path.join(REPO_ROOT, "tests", "fixtures", "match");

export interface Fixture {
  name: string;
  file: string;
  instance: Instance;
  expected: { why: string; top: number; output: { consortia: unknown[]; exact: boolean } };
}

/** Hand-made instances with their known optima (tests/fixtures/match/<case>.json + <case>.expected.json). */
export function fixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, "");
      const file = path.join(FIXTURES, `${name}.json`);
      return {
        name,
        file,
        instance: Instance.parse(JSON.parse(fs.readFileSync(file, "utf8"))),
        expected: JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")),
      };
    });
}
