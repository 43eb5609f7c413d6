/** Shared security support, used by every capability. */
@org.springframework.modulith.NamedInterface("security")
package se.namndflode.shared.security;
