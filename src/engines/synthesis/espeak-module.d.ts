declare module '@echogarden/espeak-ng-emscripten' {
  /** Emscripten module factory (see src/engines/synthesis/espeak-core.ts for the parts used). */
  const factory: (options?: Record<string, unknown>) => Promise<unknown>;
  export default factory;
}

declare module 'virtual:espeak-data' {
  /** Where the cut-down data package is, relative to the app's base URL. */
  export const path: string;
  /** Where each packed byte range goes in espeak-ng's full data package. */
  export const ranges: [number, number][];
  export const totalBytes: number;
  export const packedBytes: number;
}
