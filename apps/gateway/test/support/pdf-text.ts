import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text of a PDF, pages joined by a newline, any run of white space as one space. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        // pdf.js splits a line at every font or spacing change: one space between words.
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: pages.join('\n') };
}
