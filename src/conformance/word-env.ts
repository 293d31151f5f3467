/**
 * The page's environment inside real Word: each fixture replaces the body of the open document
 * (`Body.insertFileFromBase64(…, "Replace")`, WordApi 1.1: "headers, footers and document settings
 * are not carried", so a fixture's glossary may not be either: the clear() case shows it), and the
 * document's bytes come from `Office.context.document.getFileAsync` (common API "File").
 */
import { base64Of, officeWordHost, wordPlanDocument } from "../word/port";

import type { PageEnv } from "./page";
import type { CaseHost } from "./types";

/** One slice of 4 MiB at most: the Compressed file's slices, joined. */
function documentBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    Office.context.document.getFileAsync(
      Office.FileType.Compressed,
      { sliceSize: 4 * 1024 * 1024 },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(opened.error);
        const file = opened.value;
        const slices: Uint8Array[] = [];
        const next = (index: number): void => {
          if (index === file.sliceCount) {
            file.closeAsync();
            const out = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
            let at = 0;
            for (const slice of slices) {
              out.set(slice, at);
              at += slice.length;
            }
            return resolve(out);
          }
          file.getSliceAsync(index, (sliced) => {
            if (sliced.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync();
              return reject(sliced.error);
            }
            slices.push(new Uint8Array(sliced.value.data as number[]));
            next(index + 1);
          });
        };
        next(0);
      },
    ),
  );
}

async function replaceBody(docx: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.document.body.insertFileFromBase64(base64Of(docx), "Replace");
    await context.sync();
  });
}

async function fetchTemplate(): Promise<Uint8Array> {
  // webpack emits the template beside the page (asset/resource through new URL).
  const response = await fetch(new URL("../../assets/piano-generale-di-supporto.docx", import.meta.url));
  if (!response.ok) throw new Error(`il modello non si scarica (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function wordEnv(): PageEnv {
  const { host, platform, version } = Office.context.diagnostics;
  return {
    diagnostics: { host: String(host), platform: String(platform), version },
    opener: (userStep) => async (docx) => {
      await replaceBody(docx);
      const caseHost: CaseHost = {
        Word,
        Office: Office as unknown as CaseHost["Office"],
        documentBytes,
        userStep,
      };
      return caseHost;
    },
    openTemplate: async () => {
      await replaceBody(await fetchTemplate());
      return wordPlanDocument(officeWordHost());
    },
  };
}
