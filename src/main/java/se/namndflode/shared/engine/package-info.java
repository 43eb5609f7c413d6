/** Shared engine support, used by every capability. */
@org.springframework.modulith.NamedInterface("engine")
package se.namndflode.shared.engine;
