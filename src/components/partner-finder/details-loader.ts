/**
 * Details of a split prepared directory (phones, address, people, services …), loaded piece by piece when someone
 * opens a partner, prints, exports or starts an agreement. Each piece is fetched once; a failed piece can be tried
 * again. No DOM, no Lit.
 */
import type { DirectoryIndex } from './filter.js';
import type { DirectoryProblem, PartnerOrganization } from './model.js';
import { applyDetails, PreparedFileError, readBlock, type InlineDetails } from './prepared.js';

export class DetailLoader {
  private readonly done = new Set<number>();
  private readonly pending = new Map<number, Promise<void>>();
  private numberOf?: Map<PartnerOrganization, number>;
  /** The last piece that could not be loaded, in plain words (for the element to show). */
  problem?: DirectoryProblem;

  constructor(
    private readonly index: DirectoryIndex,
    /** Address of the core file: piece addresses are relative to it. */
    private readonly base: string,
    private readonly spec: { per: number; files: string[] },
    private readonly loadText: (url: string) => Promise<string>,
    /** The details already in the core file (a block per piece), copied when first needed instead of fetched. */
    private readonly inline?: InlineDetails
  ) {}

  private pieceOf(org: PartnerOrganization): number {
    this.numberOf ??= new Map(this.index.organizations.map((o, i) => [o, i]));
    const i = this.numberOf.get(org);
    return i === undefined ? -1 : Math.floor(i / this.spec.per);
  }

  /** True when the details of this organization are here (or it is not from this directory). */
  has(org: PartnerOrganization): boolean {
    const piece = this.pieceOf(org);
    return piece < 0 || this.done.has(piece);
  }

  /** Every piece being loaded now (for updateComplete). */
  get loading(): Promise<void> | undefined {
    return this.pending.size ? Promise.all(this.pending.values()).then(() => undefined) : undefined;
  }

  private load(piece: number): Promise<void> {
    if (this.done.has(piece)) return Promise.resolve();
    let run = this.pending.get(piece);
    if (!run) {
      const name = this.spec.files[piece];
      const inline = this.inline;
      const read = inline
        ? Promise.resolve().then(() => readBlock(inline, piece, name))
        : this.loadText(new URL(name, this.base).href).then(JSON.parse);
      run = read
        .then((details: unknown) => {
          applyDetails(this.index, details, name, piece * this.spec.per);
          this.done.add(piece);
          this.problem = undefined;
        })
        .catch((error: unknown) => {
          this.problem =
            error instanceof PreparedFileError
              ? { code: error.code, params: error.params }
              : { code: 'details-not-loaded', params: { file: name } };
        })
        .finally(() => this.pending.delete(piece));
      this.pending.set(piece, run);
    }
    return run;
  }

  /** Loads the details of these organizations (all pieces when none are given). */
  async ensure(organizations?: readonly PartnerOrganization[]): Promise<void> {
    const pieces = organizations
      ? [...new Set(organizations.map(o => this.pieceOf(o)).filter(p => p >= 0))]
      : this.spec.files.map((_, i) => i);
    await Promise.all(pieces.map(p => this.load(p)));
  }
}
