/**
 * The minutes (protokoll) of a meeting: the document rendered from what the meeting recorded, its justering (the
 * chair and the justerare sign with their own accounts; when all have signed the minutes are locked with a SHA-256
 * of their content, and a correction is a new version with its own justering), and the public digital anslagstavla
 * where the justering of each minutes, or of a paragraph justered at the meeting, is posted (KL 8 kap. 12 §) and
 * from which each decided matter's appeal period runs (KL 13 kap. 5 §). Public API: {@link
 * se.namndflode.minutes.MinutesContent} (the content that is hashed and signed), {@link
 * se.namndflode.minutes.MinutesApproval} and {@link se.namndflode.minutes.NoticeBoard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package se.namndflode.minutes;
