/** Names and tags of the shipped OpenMoji symbols (build/symbols-assets-plugin.ts). */
declare module 'virtual:symbol-search' {
  const symbols: readonly { hex: string; name: string; tags: string }[];
  export default symbols;
}
