/**
 * Byte arrays the page pipeline keeps from one picture to the next. A 12 MP
 * photo's steps need about 8 MB of working arrays (its greyscale page, the
 * small copy the analysis reads, and the ruled-line eraser's ink mask; a dim
 * photo's smoothed page too). Made afresh for every picture, each new page of
 * memory is a fault the system must fill, and on this project's test machines
 * that is dear: kept, the greyscale pass over a 12 MP photo took 10 ms
 * instead of 24, and repeated readings were 15–20% faster; the first reading
 * of a larger page than any before is no faster (docs/read-aloud-ocr.md,
 * "Memory that is new", 2026-12-02).
 *
 * Only for arrays used and finished with inside one synchronous call
 * (preparePage): nothing handed out from here may outlive it, since the next
 * picture writes over it. The page the pipeline returns is always new.
 */
export class Scratch {
  private readonly kept = new Map<string, Uint8Array>();

  /** `length` bytes under `name`, holding whatever the last picture left: write every one before reading. */
  bytes(name: string, length: number): Uint8Array {
    const have = this.kept.get(name);
    if (have && have.length >= length) return have.subarray(0, length);
    const made = new Uint8Array(length);
    this.kept.set(name, made);
    return made;
  }

  /** Bytes held (for the tests). */
  get size(): number {
    let total = 0;
    for (const array of this.kept.values()) total += array.length;
    return total;
  }

  /** Lets the arrays go (the prepare worker does this when no picture has come for a while). */
  clear(): void {
    this.kept.clear();
  }
}

/** The pipeline's own arrays (preparePage runs one picture at a time, start to finish). */
export const pipelineScratch = new Scratch();
