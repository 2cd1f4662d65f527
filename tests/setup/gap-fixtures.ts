import fs from "node:fs";
import path from "node:path";
import { GapInstance } from "../../server/domain/gaps/instance";

/** Hand-made gap-analysis instances (tests/fixtures/gaps/*.json, the CLI's format). */
export const GAP_FIXTURES = path.join(__dirname, "..", "fixtures", "gaps");

export function gapFixture(name: string): GapInstance {
  return GapInstance.parse(JSON.parse(fs.readFileSync(path.join(GAP_FIXTURES, `${name}.json`), "utf8")));
}
