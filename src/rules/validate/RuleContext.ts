import type { FederationKind } from "../../entities/Federation.js";
import type { GroupKind } from "../../entities/Group.js";
import type { RuleSet } from "../registry/RuleSet.js";

/** What every pass of `validate` works with. @internal */
export interface RuleContext {
  /** The rule set for each kind of group and federation. */
  readonly rules: ReadonlyMap<GroupKind | FederationKind, RuleSet>;
  /** The rule sets a pass applied, for the report. */
  readonly applied: Set<RuleSet>;
  readonly asOf: string;
  /** The first day the meeting records cover, given or inferred; `undefined` when unknown. */
  readonly recordsFrom: string | undefined;
}
