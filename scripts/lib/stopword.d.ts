/** The `stopword` package's lists of function words, one per language, by ISO 639-3 code (it ships no types). */
declare module 'stopword' {
  export const eng: readonly string[];
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const nld: readonly string[];
  export const spa: readonly string[];
  export const por: readonly string[];
  export const ita: readonly string[];
}
