import { parseDocument, type Document } from 'yaml';

/**
 * Parses YAML the way the readers of Umbrella's guide do. They accept a quoted value that
 * runs over several lines whose continuation lines are not indented:
 *
 *     - check: "first half
 *     second half"
 *
 * which YAML 1.2 forbids and `yaml` refuses. When a document fails to parse, those lines
 * are indented under their key and the document is parsed again; if that has fewer errors
 * it is used, so a real mistake elsewhere in the file is reported on its own. `originalOffset` maps an offset in the
 * text that was parsed back to the text as written, so problems point where the author
 * looks.
 */
export function parseLenientYaml(text: string): {
  doc: Document;
  originalOffset: (offset: number) => number;
} {
  const identity = { doc: parseDocument(text), originalOffset: (offset: number) => offset };
  if (identity.doc.errors.length === 0) return identity;
  const repaired = indentQuotedContinuations(text);
  if (!repaired) return identity;
  const doc = parseDocument(repaired.text);
  if (doc.errors.length >= identity.doc.errors.length) return identity;
  return {
    doc,
    originalOffset: (offset) => {
      let shift = 0;
      for (const { at, added } of repaired.insertions) {
        if (at + shift + added > offset) break;
        shift += added;
      }
      return offset - shift;
    },
  };
}

// A key (optionally after a list dash) whose value opens a quote.
const QUOTE_OPENS = /^( *)(?:- +)?(?:[^\s"'#][^:#]*: +)?(["'])/;

function indentQuotedContinuations(
  text: string,
): { text: string; insertions: { at: number; added: number }[] } | undefined {
  const insertions: { at: number; added: number }[] = [];
  const out: string[] = [];
  let open: { quote: string; indent: number } | undefined;
  let offset = 0;

  for (const line of text.split('\n')) {
    let rest = line;
    if (open) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() !== '' && indent <= open.indent) {
        const added = open.indent + 1 - indent;
        insertions.push({ at: offset, added });
        rest = ' '.repeat(added) + line;
      }
      if (closes(line, 0, open.quote)) open = undefined;
    } else {
      const match = QUOTE_OPENS.exec(line);
      if (match) {
        const quote = match[2] as string;
        const afterQuote = match[0].length;
        if (!closes(line, afterQuote, quote)) {
          const dash = /^ *- +/.exec(line);
          open = { quote, indent: dash ? dash[0].length : (match[1] as string).length };
        }
      }
    }
    out.push(rest);
    offset += line.length + 1;
  }
  return insertions.length > 0 ? { text: out.join('\n'), insertions } : undefined;
}

/** Whether a quoted value that is open at `from` closes on this line. */
function closes(line: string, from: number, quote: string): boolean {
  for (let i = from; i < line.length; i += 1) {
    const char = line[i];
    if (quote === '"' && char === '\\') i += 1;
    else if (char === quote) {
      if (quote === "'" && line[i + 1] === "'") i += 1;
      else return true;
    }
  }
  return false;
}
