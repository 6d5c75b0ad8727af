// Issues of one step of a read, kept in the order found, at most `max` (the summary keeps no more
// in all), the rest counted: the steps' buckets, reported in the object path's order, give the
// summary the issues it would have, without holding lakhs of them.
import type { Issue } from "../../issues/Issue.js";

export class IssueBucket {
  readonly issues: Issue[] = [];
  omitted = 0;
  /** Errors among the omitted. */
  omittedErrors = 0;

  constructor(private readonly max: number) {}

  push(found: Issue): void {
    if (this.issues.length < this.max) this.issues.push(found);
    else {
      this.omitted++;
      if (found.severity === "error") this.omittedErrors++;
    }
  }

  pushAll(found: readonly Issue[]): void {
    for (const one of found) this.push(one);
  }
}
