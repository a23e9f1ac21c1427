// Build-time modules over the area files (data/areas/<id>.json), so no page carries every area:
//   virtual:area-index    id, name, council and council code of every area, sorted by name
//                         (loaded after the first paint: the area picker, postcodes, policy);
//   virtual:area-loaders  one dynamic import per area, for its call-now view and its full file,
//                         so each area is a chunk of its own, fetched when it is chosen;
//   __AREA_DATA_VERSION__ a hash of the area files, so a first-paint hint saved by an older build
//                         is never shown as current.
// SC_AREAS_DIR points the build at another folder: the size test builds with hundreds of
// synthetic areas that way, without touching data/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CALL_NOW_QUERY } from './vite-call-now-data';

const INDEX_ID = 'virtual:area-index';
const LOADERS_ID = 'virtual:area-loaders';

export function areasDir(root = process.cwd()): string {
  return resolve(root, process.env.SC_AREAS_DIR ?? 'data/areas');
}

interface AreaFile {
  file: string;
  id: string;
  name: string;
  council: string;
  councilCode: string;
  text: string;
}

function readAreaFiles(dir: string): AreaFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      const { id, name, council, councilCode } = JSON.parse(text) as Record<string, string>;
      return { file, id: id!, name: name!, council: council!, councilCode: councilCode!, text };
    });
}

export function areaData(): Plugin {
  let dir = areasDir();
  const files = () => readAreaFiles(dir);
  return {
    name: 'safeguarding-area-data',
    enforce: 'pre',
    config(config) {
      dir = areasDir(config.root ?? process.cwd());
      const hash = createHash('sha256');
      for (const f of files()) hash.update(f.text);
      return { define: { __AREA_DATA_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 12)) } };
    },
    resolveId(id) {
      return id === INDEX_ID || id === LOADERS_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const all = files();
        for (const f of all) this.addWatchFile(f.file);
        // Plain comparison, not localeCompare: a collator would load ICU data in the page.
        const index = all
          .map(({ id: areaId, name, council, councilCode }) => ({ id: areaId, name, council, councilCode }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return `export default ${JSON.stringify(index)};`;
      }
      if (id === `\0${LOADERS_ID}`) {
        const all = files();
        const entries = (query: string) =>
          all.map((f) => `  ${JSON.stringify(f.id)}: () => import(${JSON.stringify(f.file + query)}).then((m) => m.default),`).join('\n');
        return `export const callNowLoaders = {\n${entries(CALL_NOW_QUERY)}\n};\nexport const areaLoaders = {\n${entries('')}\n};\n`;
      }
      return null;
    },
  };
}
