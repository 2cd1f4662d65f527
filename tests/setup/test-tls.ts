import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A throwaway certificate authority and a server certificate for 127.0.0.1/localhost, made with openssl, so
 * the run's Neo4j can offer TLS and neo4j+s:// is checked end to end (a client trusts `ca.crt` through
 * NODE_EXTRA_CA_CERTS, as it would trust Aura's public CA). Nothing here is a secret worth keeping.
 */
export function makeTestCertificates(dir: string): { dir: string; caFile: string } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) =>
    execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    at("ca.key"),
    "-out",
    at("ca.crt"),
    "-days",
    "2",
    "-subj",
    "/CN=ChainAtlas test CA",
  );
  openssl(
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    at("private.key"),
    "-out",
    at("server.csr"),
    "-subj",
    "/CN=localhost",
  );
  fs.writeFileSync(at("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  openssl(
    "x509",
    "-req",
    "-in",
    at("server.csr"),
    "-CA",
    at("ca.crt"),
    "-CAkey",
    at("ca.key"),
    "-CAcreateserial",
    "-out",
    at("public.crt"),
    "-days",
    "2",
    "-extfile",
    at("san.ext"),
  );
  return { dir, caFile: at("ca.crt") };
}
