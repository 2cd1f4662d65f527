import { describe, expect, it } from "vitest";
import { ParamSpec } from "../../server/contracts/queries";
import { classifyCypherError } from "../../server/features/queries/cypher-errors";
import { checkIdKinds, idParams, parseParamValues } from "../../server/features/queries/param-values";

const specs = [
  { name: "chain", type: "chainId", default: "chain:rail" },
  { name: "segment", type: "segmentId", optional: true, suggest: { source: "segments", dependsOn: "chain" } },
  { name: "top", type: "int", default: 10, min: 1, max: 50 },
  { name: "share", type: "float", optional: true },
  { name: "local", type: "bool", default: false },
  { name: "since", type: "date", optional: true },
  { name: "level", type: "string", default: "national", options: ["national", "provincial"] },
].map((spec) => ParamSpec.parse(spec));

describe("typed parameter values", () => {
  it("fills defaults and turns share-link strings into typed values", () => {
    expect(parseParamValues(specs, {})).toEqual({
      chain: "chain:rail",
      segment: null,
      top: 10,
      share: null,
      local: false,
      since: null,
      level: "national",
    });
    expect(
      parseParamValues(specs, { top: "25", share: "0.5", local: "true", since: "2024-05-01", segment: "" }),
    ).toMatchObject({ top: 25, share: 0.5, local: true, since: "2024-05-01", segment: null });
  });

  it.each([
    [{ top: 0 }, "top"],
    [{ top: 2.5 }, "top"],
    [{ top: "ten" }, "top"],
    [{ local: "yes" }, "local"],
    [{ since: "2024-13-45" }, "since"],
    [{ since: "yesterday" }, "since"],
    [{ level: "county" }, "level"],
    [{ chain: "" }, "chain"],
    [{ chain: "has space" }, "chain"],
    [{ bogus: 1 }, "bogus"],
  ])("refuses %j with 400 naming '%s'", (raw, name) => {
    try {
      parseParamValues(specs, raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: "invalid", code: "INVALID_PARAMETER", params: { param: name } });
      expect((error as Error).message).toContain(`'${name}'`);
    }
  });

  it("checks that ids exist, have the right kind, and that a segment lies in its chain", () => {
    const values = parseParamValues(specs, { segment: "seg:rail:om" });
    expect(idParams(specs, values)).toEqual(["chain:rail", "seg:rail:om"]);
    const found = [
      { id: "chain:rail", kind: "Chain", chainId: null },
      { id: "seg:rail:om", kind: "Segment", chainId: "chain:rail" },
    ];
    expect(() => checkIdKinds(specs, values, found)).not.toThrow();
    expect(() => checkIdKinds(specs, values, found.slice(0, 1))).toThrow(/'segment': no node with id/);
    expect(() => checkIdKinds(specs, values, [found[0]!, { ...found[1]!, chainId: "chain:power-semi" }])).toThrow(
      /not a segment of 'chain:rail'/,
    );
    expect(() => checkIdKinds(specs, values, [{ ...found[0]!, kind: "Enterprise" }, found[1]!])).toThrow(
      /'chain'.*expected chainId/,
    );
  });
});

describe("Neo4j errors as API errors", () => {
  it("reads a syntax error's position from the diagnostic record when present, else from the message trailer", () => {
    const fromRecord = classifyCypherError(
      {
        code: "Neo.ClientError.Statement.SyntaxError",
        message: "bad",
        diagnosticRecord: { _position: { line: 3, column: 7, offset: 20 } },
      },
      "x",
    );
    expect(fromRecord).toMatchObject({ kind: "invalid", code: "CYPHER_SYNTAX", params: { line: 3, column: 7 } });
    const fromMessage = classifyCypherError(
      {
        code: "Neo.ClientError.Statement.SyntaxError",
        message: "Invalid input 'RETRUN' (line 2, column 3 (offset: 12))\n\"  RETRUN n\"",
      },
      "MATCH (n)\n  RETRUN n",
    );
    expect(fromMessage).toMatchObject({ code: "CYPHER_SYNTAX", params: { line: 2, column: 3 } });
    expect(fromMessage!.message).not.toContain("\n");
    const lineZero = classifyCypherError(
      { code: "Neo.ClientError.Statement.SyntaxError", message: "two statements (line 0, column 0 (offset: 10))" },
      "RETURN 1;\nRETURN 2",
    );
    expect(lineZero).toMatchObject({ params: { line: 2, column: 1 } });
  });

  it("maps access-mode refusals to 403, other statement errors to 400, and leaves the rest alone", () => {
    expect(
      classifyCypherError(
        { code: "Neo.ClientError.Statement.AccessMode", message: "Writing in read access mode not allowed" },
        "",
      ),
    ).toMatchObject({ kind: "forbidden", code: "WRITE_NOT_ALLOWED" });
    expect(
      classifyCypherError(
        { code: "Neo.ClientError.Statement.ParameterMissing", message: "Expected parameter(s): x" },
        "",
      ),
    ).toMatchObject({ kind: "invalid", code: "INVALID_PARAMETER" });
    expect(
      classifyCypherError({ code: "Neo.ClientError.Procedure.ProcedureNotFound", message: "no" }, ""),
    ).toMatchObject({ kind: "invalid", code: "CYPHER_ERROR" });
    expect(classifyCypherError({ code: "ServiceUnavailable", message: "down" }, "")).toBeNull();
    expect(classifyCypherError(new Error("other"), "")).toBeNull();
  });
});
