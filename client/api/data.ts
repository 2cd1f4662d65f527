import type { z } from "zod";
import {
  ApplyResponse,
  EntitiesResponse,
  PreviewResponse,
  ProgressResponse,
  UploadResponse,
  type ImportOptions,
} from "../../server/contracts/import";
import { apiErrorOf, ApiError, queryString, request, requestHeaders } from "./http";

const upload = (id: string) => `/api/import/uploads/${encodeURIComponent(id)}`;

/** POST a file as raw bytes with upload progress (fetch cannot report it; XMLHttpRequest can). */
export function uploadFile(
  file: File,
  onProgress: (loaded: number, total: number) => void,
): Promise<z.output<typeof UploadResponse>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/import/uploads${queryString({ file: file.name })}`);
    for (const [key, value] of Object.entries(requestHeaders("POST", false))) xhr.setRequestHeader(key, value);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "upload failed"));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(UploadResponse.parse(payload));
      else reject(apiErrorOf(xhr.status, xhr.statusText, payload));
    };
    xhr.send(file);
  });
}

export const dataApi = {
  entities: () => request(EntitiesResponse, "/api/import/entities"),
  preview: (id: string, options: ImportOptions) =>
    request(PreviewResponse, `${upload(id)}/preview`, { method: "POST", body: options }),
  apply: (id: string, options: ImportOptions) =>
    request(ApplyResponse, `${upload(id)}/apply`, { method: "POST", body: options }),
  progress: (id: string) => request(ProgressResponse, `${upload(id)}/progress`),
  templateUrl: (entity: string, format: "csv" | "xlsx", lang: "zh" | "en") =>
    `/api/import/templates/${entity}${queryString({ format, lang })}`,
  exportUrl: (format: string, filters: Record<string, string | string[] | undefined>) =>
    `/api/export${queryString({ format, ...filters })}`,
};
