// Served by scripts/vite-uk-offsets.ts.
declare module 'virtual:uk-offsets' {
  const table: import('../../scripts/vite-uk-offsets').UkOffsets;
  export default table;
}
