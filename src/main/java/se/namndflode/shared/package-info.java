/**
 * Only what truly every capability needs: the clock and working days, the audit log, security and the web shell.
 * Each sub-package is a named interface of this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package se.namndflode.shared;
