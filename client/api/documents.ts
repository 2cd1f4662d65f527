import {
  ApplyResult,
  DocumentDetail,
  DocumentList,
  ProposalsResponse,
  UploadResult,
  type ApplyBody,
} from "../../server/contracts/documents";
import { apiErrorOf, ApiError, queryString, request, requestHeaders } from "./http";

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** POST a file (raw bytes, ?file=name) or pasted text (JSON); the answer says whether it was new. */
async function send(body: BodyInit, contentType: string, file?: string) {
  let response: Response;
  try {
    response = await fetch(`/api/documents${queryString({ file })}`, {
      method: "POST",
      headers: { ...requestHeaders("POST", false), "content-type": contentType },
      body,
      credentials: "same-origin",
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", (error as Error).message);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, payload);
  return UploadResult.parse(payload);
}

export const documentsApi = {
  list: () => request(DocumentList, "/api/documents"),
  get: (id: string) => request(DocumentDetail, doc(id)),
  proposals: (id: string) => request(ProposalsResponse, `${doc(id)}/proposals`),
  apply: (id: string, body: ApplyBody) => request(ApplyResult, `${doc(id)}/apply`, { method: "POST", body }),
  uploadFile: (file: File) => send(file, "application/octet-stream", file.name),
  paste: (text: string, title?: string) =>
    send(JSON.stringify({ text, ...(title ? { title } : {}) }), "application/json"),
};
