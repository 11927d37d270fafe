// next.config.ts has Turbopack import the guide's own assets with `?text` as their text.
declare module '*?text' {
  const text: string;
  export default text;
}
