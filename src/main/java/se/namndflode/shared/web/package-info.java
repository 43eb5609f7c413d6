/** Shared web support, used by every capability. */
@org.springframework.modulith.NamedInterface("web")
package se.namndflode.shared.web;
