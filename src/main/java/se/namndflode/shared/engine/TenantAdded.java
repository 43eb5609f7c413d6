package se.namndflode.shared.engine;

/**
 * A tenant was added (an administrator created a municipality; {@code tenantId} is its code). Published inside
 * the creating transaction; the municipality's models are deployed in that same transaction, so a municipality
 * never exists without its processes, and a refused creation leaves no deployment behind.
 */
public record TenantAdded(String tenantId) {
}
