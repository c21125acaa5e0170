import type { CatalogTexts } from './texts';

/**
 * The catalog's texts by place, loaded after the first paint (texts.ts). Empty here: in the source
 * tree the catalog modules hold their own texts. The production build replaces this module with
 * the texts it took out of them (scripts/catalog-texts-plugin.ts).
 */
export const table: CatalogTexts = { strings: [], at: [] };
