/**
 * The minutes (protokoll) of a board's meeting, made from what was recorded at the meeting and never typed twice
 * (issue 8): "Protokoll nr N/YYYY" per board and year, the cover, every paragraph in the structure of the seed
 * Protokoll nr 12/2023, as HTML and PDF/A-2, internal (complete) and public (a confidential paragraph withheld with
 * its ground), and a protokollsutdrag per paragraph; their justering (the chair and the justerare sign the
 * content's SHA-256 with their own accounts; when all have signed the minutes are locked, and a correction is a new
 * version with its own justering) and the public digital anslagstavla where the justering of each minutes, or of a
 * paragraph justered at the meeting, is posted (KL 8 kap. 12 §) and from which each decided matter's appeal period
 * runs (KL 13 kap. 5 §). Public API: {@link se.namndflode.minutes.MinutesDocuments}, the entity {@link
 * se.namndflode.minutes.Minutes}, {@link se.namndflode.minutes.Audience}, the structured {@link
 * se.namndflode.minutes.MinutesDocument}, {@link se.namndflode.minutes.MinutesContent} (what is hashed and signed),
 * {@link se.namndflode.minutes.MinutesApproval} and {@link se.namndflode.minutes.NoticeBoard}. Depends on meeting,
 * matter, registry, organisation and shared; nothing of those depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package se.namndflode.minutes;
