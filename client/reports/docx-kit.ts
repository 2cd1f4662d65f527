import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Provenance } from "../../server/contracts/common";

// Small helpers for the Word reports (docx): headings, plain tables and sources as footnotes. Pure — the
// same code builds the file in the browser (download) and in tests (unzip and read word/document.xml).

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const FONT = "Microsoft YaHei";
export const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
export const para = (text: string, options: { italic?: boolean; size?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text, italics: options.italic, size: options.size, font: FONT })] });
export const title = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });

/** A drawing rasterised to PNG (client/lib/svg-raster.ts); width/height are its size in CSS pixels. */
export interface Picture {
  data: Uint8Array;
  width: number;
  height: number;
}
/** The text width of an A4 page with Word's default margins, in pixels at 96 dpi. */
const TEXT_WIDTH = 600;

/** A figure: the picture scaled to the text width (never enlarged), centred, then its caption. */
export const figure = (picture: Picture, caption: string) => {
  const scale = Math.min(1, TEXT_WIDTH / picture.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "png",
          data: picture.data,
          transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
          altText: { name: caption, title: caption, description: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: caption, size: 18, italics: true, font: FONT })],
    }),
  ];
};

const border = { style: BorderStyle.SINGLE, size: 4, color: "BFC8D4" };
const borders = { top: border, bottom: border, left: border, right: border };

/** A cell: text, optionally followed by footnote markers. */
export interface CellContent {
  text: string;
  notes?: number[];
}
const cell = (content: string | CellContent, header = false) => {
  const c = typeof content === "string" ? { text: content } : content;
  return new TableCell({
    borders,
    shading: header ? { fill: "EEF2F7" } : undefined,
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: c.text, bold: header, size: 18, font: FONT }),
          ...(c.notes ?? []).map((id) => new FootnoteReferenceRun(id)),
        ],
      }),
    ],
  });
};
export const table = (head: string[], rows: (string | CellContent)[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((x) => cell(x, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
    ],
  });

/** Footnotes, one per distinct source text; `ref` returns the note's number. */
export function footnotes() {
  const byText = new Map<string, number>();
  return {
    ref(text: string): number {
      let id = byText.get(text);
      if (id === undefined) byText.set(text, (id = byText.size + 1));
      return id;
    },
    /** Footnote for a provenance that names a source (答复原文 quote, public URL, import file); else none. */
    forProvenance(p: Provenance, name: string, t: Translate): number | null {
      const label = t(`source.${p.source}`);
      if (p.source === "reply" && p.quote) return this.ref(`${name}：${label}“${p.quote}”`);
      if (p.source === "public" && p.url) return this.ref(`${name}：${label} ${p.url}${p.asOf ? `（${p.asOf}）` : ""}`);
      if (p.source === "illustrative") return this.ref(`${label}：${t("report.docx.illustrative")}`);
      if ((p.source === "import" || p.source === "app") && (p.file || p.by))
        return this.ref(
          `${name}：${label}${p.file ? ` ${p.file}` : ""}${p.by ? ` · ${p.by}` : ""}${p.asOf ? ` · ${p.asOf}` : ""}`,
        );
      return null;
    },
    entries(): Record<number, { children: Paragraph[] }> {
      return Object.fromEntries(
        [...byText].map(([text, id]) => [
          id,
          { children: [new Paragraph({ children: [new TextRun({ text, size: 16, font: FONT })] })] },
        ]),
      );
    },
  };
}

export function document(
  children: (Paragraph | Table)[],
  notes: ReturnType<typeof footnotes>,
  meta: { title: string },
): Document {
  return new Document({
    creator: "ChainAtlas 链图",
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    footnotes: notes.entries(),
    sections: [{ children }],
  });
}

export const toBlob = (doc: Document) => Packer.toBlob(doc);
export const toBuffer = (doc: Document) => Packer.toBuffer(doc);
