/** Archival PDF rendering (PDF/A-2u, tagged, fonts embedded), used by every capability that registers documents. */
@org.springframework.modulith.NamedInterface("pdf")
package se.namndflode.shared.pdf;
