// What "active on a day" means, in one place. ISO dates compare correctly as strings.

export function isMembershipActive(
  membership: { readonly from?: string | undefined; readonly to?: string | undefined },
  day: string,
): boolean {
  return (
    (membership.from === undefined || membership.from <= day) && (membership.to === undefined || day <= membership.to)
  );
}

/** A group is active from `formedOn` (inclusive) until `closedOn` (exclusive). */
export function isGroupActive(
  group: { readonly formedOn?: string | undefined; readonly closedOn?: string | undefined },
  day: string,
): boolean {
  return (
    (group.formedOn === undefined || group.formedOn <= day) && (group.closedOn === undefined || day < group.closedOn)
  );
}
