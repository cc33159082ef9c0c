// Loads a library published as ES modules only (vega, vega-lite), from any layout of the code. The
// CLI's bundle is compiled by vm.Script from V8's code cache (bin/bundle.js), where Node 20 loses the
// hook an `import()` needs: the build puts bin/bundle.js's own import in place of this module there.
export const importModule = <T>(specifier: string): Promise<T> => import(specifier) as Promise<T>;
