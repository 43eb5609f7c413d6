/**
 * The minutes (protokoll) of a board's meeting, made from what was recorded at the meeting and never typed twice
 * (issue 8): "Protokoll nr N/YYYY" per board and year, the cover, every paragraph in the structure of the seed
 * Protokoll nr 12/2023, as HTML and PDF/A-2, internal (complete) and public (a confidential paragraph withheld with
 * its ground), and a protokollsutdrag per paragraph. Public API: {@link se.namndflode.minutes.MinutesDocuments},
 * the entity {@link se.namndflode.minutes.Minutes}, {@link se.namndflode.minutes.Audience} and the structured
 * {@link se.namndflode.minutes.MinutesDocument}. Depends on meeting, matter, registry, organisation and shared;
 * nothing of those depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package se.namndflode.minutes;
