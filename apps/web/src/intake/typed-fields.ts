import 'server-only';
import Busboy from '@fastify/busboy';

/** What the browser typed in a form, read on the side while its body goes on to the API. */
export interface TypedFields {
  /** Text fields by name, repeated fields in order. */
  values: Map<string, string[]>;
  /** Names of file inputs the browser sent a file for. */
  files: Set<string>;
}

/** Text kept to show the form again: more than any form's answers, far less than its files. */
const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * A pass-through for a multipart body that also reads its text fields, so a refused form can
 * be shown again with every answer kept. File contents pass through and are never kept; the
 * body flows only as fast as the API reads it (the reader here keeps no copy to catch up on).
 * `fields()` resolves once the body has passed through whole, or with what was read when it
 * was cut short.
 */
export function tapTypedFields(contentType: string): {
  stream: TransformStream<Uint8Array, Uint8Array>;
  fields: () => Promise<TypedFields>;
} {
  const typed: TypedFields = { values: new Map(), files: new Set() };
  let kept = 0;
  let parser: ReturnType<typeof Busboy> | undefined;
  let settle: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    settle = resolve;
  });
  try {
    parser = Busboy({
      headers: { 'content-type': contentType },
      limits: { fieldSize: 64 * 1024, fields: 2000, parts: 4000 },
    });
    parser.on('field', (name: string, value: string) => {
      kept += name.length + value.length;
      if (kept > MAX_TEXT_BYTES) return;
      const list = typed.values.get(name) ?? [];
      list.push(value);
      typed.values.set(name, list);
    });
    parser.on('file', (name: string, file: NodeJS.ReadableStream, fileName: string) => {
      if (fileName) typed.files.add(name);
      file.resume();
    });
    parser.on('finish', settle);
    parser.on('error', settle);
  } catch {
    // Not a multipart body this parser reads: the API will say so; nothing to show again.
    parser = undefined;
    settle();
  }
  const feed = (chunk: Uint8Array) => {
    try {
      parser?.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } catch {
      parser = undefined;
      settle();
    }
  };
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      feed(chunk);
    },
    flush() {
      try {
        parser?.end();
      } catch {
        settle();
      }
    },
  });
  return {
    stream,
    // A body cut short never finishes parsing: what was read by then is what there is.
    fields: async () => {
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1000))]);
      return typed;
    },
  };
}
