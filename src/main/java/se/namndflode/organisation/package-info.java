/**
 * Municipalities (tenants), their council, executive board and boards, administrations with their registry
 * series, committees, parties, people, board seats and user accounts. Public API: {@link
 * se.namndflode.organisation.Organisation} (reads), {@link se.namndflode.organisation.OrganisationAdmin}
 * (changes), {@link se.namndflode.organisation.Accounts} and the entity types as read-only values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package se.namndflode.organisation;
