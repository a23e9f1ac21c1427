// Modules made at build time by scripts/vite-area-data.ts from data/areas/*.json.
declare module 'virtual:area-index' {
  const index: readonly { id: string; name: string; council: string; councilCode: string }[];
  export default index;
}
declare module 'virtual:area-loaders' {
  export const callNowLoaders: Record<string, () => Promise<unknown>>;
  export const areaLoaders: Record<string, () => Promise<unknown>>;
}
/** Hash of the area files of this build (see scripts/vite-area-data.ts). */
declare const __AREA_DATA_VERSION__: string;
