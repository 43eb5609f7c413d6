/** Shared time support, used by every capability. */
@org.springframework.modulith.NamedInterface("time")
package se.namndflode.shared.time;
