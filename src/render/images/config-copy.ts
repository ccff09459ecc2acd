// Mermaid's getConfig() returns a fresh copy of the whole configuration
// (assignWithDepth into {}, three levels deep), and Mermaid calls it for every
// node shape, label and edge: in a page profile that copy was about a quarter
// of the JavaScript a spec's diagrams run. Mermaid's core and the ELK plugin
// each bundle that module. This rewrites their getConfig as it is served to
// the page: the copy is merged once for each configuration object (the
// module replaces the object whenever the configuration changes, and never
// changes it in place), and every call returns a plain copy of that merge,
// made the way assignWithDepth makes it: objects copied down to the same
// depth, shallow below it, arrays copied as they are (the merge already
// removed their repeats), keys in the same order. Callers still get an object
// of their own to change. The diagrams come out byte for byte as without it
// (test/render/images/config-copy.test.ts).

/** The minified definition in both bundles: `name=wrap(()=>merge({},current),"getConfig")`. */
const GET_CONFIG = /([A-Za-z_$][\w$]*)=([A-Za-z_$][\w$]*)\(\(\)=>([A-Za-z_$][\w$]*)\(\{\},([A-Za-z_$][\w$]*)\),"getConfig"\)/;

/** A copy of `o` as assignWithDepth({}, o, { depth }) makes one, for `o` that is already such a merge. */
const COPY =
  '(o,e)=>{if(Array.isArray(o))return o.slice();if(e<=0)return Object.assign({},o);const n={};' +
  'for(const k of Object.keys(o)){const v=o[k];n[k]=v!==null&&typeof v=="object"?c(v,e-1):v}return n}';

/** The module text with its getConfig rewritten, or unchanged when it defines none in the shape this patch knows. */
export function patchConfigCopy(text: string): string {
  return text.replace(GET_CONFIG, (all, name: string, wrap: string, merge: string, current: string) => {
    // Only a copy made by assignWithDepth (bound to `merge` in the same module) is copied its way.
    if (!text.includes(`"assignWithDepth"),${merge}=`)) return all;
    // c: the copy; k: the configuration object last merged; m: its merge. assignWithDepth's default depth is 2.
    const getter = `(()=>{let k,m;const c=${COPY};return()=>(k!==${current}&&(k=${current},m=${merge}({},${current})),c(m,2))})()`;
    return `${name}=${wrap}(${getter},"getConfig")`;
  });
}
