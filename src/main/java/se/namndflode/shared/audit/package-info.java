/** Shared audit support, used by every capability. */
@org.springframework.modulith.NamedInterface("audit")
package se.namndflode.shared.audit;
