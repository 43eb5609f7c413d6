package se.namndflode.registry;

/**
 * Published (as a Spring application event, inside the registering transaction) when a matter has been
 * registered. Listeners that start work elsewhere should use {@code @TransactionalEventListener} so that
 * they act only once the registration has committed.
 */
public record MatterRegistered(Long matterId, RegistryNumber registryNumber) {
}
