// What "active on a day" means, and who counts as a member, in one place. ISO dates compare
// correctly as strings.

/** A membership is active from `from` to `to`, both inclusive; a missing end is open. */
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

/**
 * Whether a membership counts as a member of its group: it is active on the day and its holder
 * is not a resource person (an adult who coordinates the group without being a member). Group
 * sizes, age bands and ageing out count exactly these.
 */
export function isCountedMember(
  membership: { readonly role: string; readonly from?: string | undefined; readonly to?: string | undefined },
  day: string,
): boolean {
  return membership.role !== "resourcePerson" && isMembershipActive(membership, day);
}
