/** Vite's `?raw` imports: a file's text, bundled as a string. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
