import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Configuration problems: one shape for every element. The element shows `problems` in plain words (its
 * catalog turns `code` into a sentence); the webmaster's console gets one `console.error` per problem, naming
 * the attribute, in English.
 */
export interface ConfigProblem {
  /** The attribute (or property, or file) that is wrong, e.g. `endpoint`, `src`, `policy-src`. */
  attribute: string;
  /** What is wrong, as a code the element's catalog has words for, e.g. `bad-endpoint`, `not-json`. */
  code: string;
  /** English detail for the console: the value, the line, what would fix it. */
  detail: string;
  /** Values for the message's `{placeholders}` (never markup). */
  params?: Record<string, string | number>;
}

const logged = new Set<string>();

/**
 * Holds an element's configuration problems. Call `set(key, problems)` from `willUpdate` for each group of
 * checks (e.g. `attributes`, `glossary-file`): a group is replaced as a whole, so fixing an attribute clears it.
 */
export class ConfigController implements ReactiveController {
  private readonly groups = new Map<string, ConfigProblem[]>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Every current problem, in the order the groups were first set. */
  get problems(): ConfigProblem[] {
    return [...this.groups.values()].flat();
  }

  has(attribute: string): boolean {
    return this.problems.some(p => p.attribute === attribute);
  }

  set(group: string, problems: ConfigProblem[]): void {
    const before = JSON.stringify(this.groups.get(group) ?? []);
    if (problems.length) this.groups.set(group, problems);
    else this.groups.delete(group);
    for (const problem of problems) this.log(problem);
    if (JSON.stringify(problems) !== before) this.host.requestUpdate();
  }

  private log(problem: ConfigProblem): void {
    const key = `${this.host.localName}|${problem.attribute}|${problem.code}|${problem.detail}`;
    if (logged.has(key)) return;
    logged.add(key);
    console.error(`Techbridge <${this.host.localName}> ${problem.attribute}: ${problem.detail}`);
  }
}
