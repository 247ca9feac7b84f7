// CSV as RFC 4180 reads it: a field with a comma, quote or line break is quoted, quotes doubled.
// A field a spreadsheet would run as a formula (= + - @ at its start, or a tab or CR) gets a
// leading apostrophe: a prompt is text someone typed, never a formula.
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: readonly (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;
