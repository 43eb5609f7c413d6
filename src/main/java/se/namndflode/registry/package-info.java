/**
 * The registry (diarium): matters (ärenden) with their diarienummer, documents (handlingar) with their files,
 * confidentiality, search. Public API: {@link se.namndflode.registry.Registry}, the value types
 * ({@link se.namndflode.registry.RegistryNumber}, {@link se.namndflode.registry.DocumentNumber}, the enums,
 * {@link se.namndflode.registry.FileContent}), the forms, the entities as read-only values and the events
 * {@link se.namndflode.registry.MatterRegistered} and {@link se.namndflode.registry.CaseOfficerChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package se.namndflode.registry;
