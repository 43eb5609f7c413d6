package se.namndflode.minutes;

import java.util.List;

/**
 * Who justers the minutes of a meeting, for the cover and the signature block: the justerare chosen under the
 * standard item, as "Jan Jönsson (L)". Implemented by the justering (issue 8, part N); without an implementation
 * the cover names none yet.
 */
public interface MinutesSigners {

    /** The justerare of the meeting's minutes, in the order they sign; empty until chosen. */
    List<String> justerare(Long meetingId);
}
