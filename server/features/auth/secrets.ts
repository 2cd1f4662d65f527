import bcrypt from "bcryptjs";
import { createHash, randomBytes } from "node:crypto";

/** bcrypt cost: 2^11 rounds ≈ 0.15 s in plain JS here — slow for a guesser, tolerable for a login. */
export const BCRYPT_COST = 11;

/** A random secret for cookies and API tokens (256 bits, URL-safe). */
export function randomSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Session and token secrets are stored only as SHA-256: a database dump gives no working credential. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A password a person can type: 16 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

// Compared against when the user does not exist, so a wrong name costs as much time as a wrong password
// (made on first use, not at start-up).
let dummyHash: string | null = null;

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  dummyHash ??= bcrypt.hashSync("no such user", BCRYPT_COST);
  return bcrypt.compare(password, hash ?? dummyHash).then((ok) => ok && hash !== null);
}
