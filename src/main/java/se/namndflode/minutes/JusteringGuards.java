package se.namndflode.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The justering as the minutes document sees it: {@link MinutesEditGuard} (the minutes' own texts are refused once
 * the minutes are justered, and while they are being signed: {@link MinutesApproval#requireEditable}) and {@link
 * MinutesSigners} (the justerare named for the current version, "Name (Party)", in the order they sign; the chair is
 * the cover's presiding member) and {@link MinutesSeal} (the justering of the version shown, printed last in its PDF).
 */
@Component
@Transactional(readOnly = true)
class JusteringGuards implements MinutesEditGuard, MinutesSigners, MinutesSeal {

    private final MinutesApproval approval;
    private final MinutesVersionRepository versions;
    private final Meetings meetings;
    private final Organisation organisation;

    JusteringGuards(MinutesApproval approval, MinutesVersionRepository versions, Meetings meetings,
            Organisation organisation) {
        this.approval = approval;
        this.versions = versions;
        this.meetings = meetings;
        this.organisation = organisation;
    }

    @Override
    public void requireEditable(Minutes minutes) {
        approval.requireEditable(minutes.getMeetingId());
    }

    @Override
    public List<String> justerare(Long meetingId) {
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(meetingId).orElse(null);
        if (version == null) {
            return List.of();
        }
        Meeting meeting = meetings.meeting(meetingId);
        BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
        List<BoardSeat> seats = new java.util.ArrayList<>(composition.members());
        seats.addAll(composition.substitutes());
        return version.getSignatories().stream().filter(one -> one.getRole() == MinutesSignatory.Role.APPROVER)
                .map(one -> one.getPersonName() + seats.stream()
                        .filter(seat -> seat.getPerson().getId().equals(one.getPersonId())).findFirst()
                        .map(seat -> " (" + seat.getParty().getCode() + ")").orElse(""))
                .toList();
    }

    @Override
    public Optional<String> seal(Long meetingId, int number) {
        return versions.findByMeetingIdOrderByNumberAsc(meetingId).stream()
                .filter(version -> version.getNumber() == number && version.isLocked()).findFirst()
                .map(version -> "Justerat " + version.getLockedAt().atZoneSameInstant(WorkingDayCalendar.STOCKHOLM)
                        .toLocalDate() + (version.isJusteredLate() ? " (efter sista dagen för justering)" : "")
                        + " av " + String.join(", ", version.getSignatories().stream().map(one -> one.getPersonName()
                                + " (" + (one.getRole() == MinutesSignatory.Role.CHAIR ? "ordförande" : "justerare")
                                + ")").toList())
                        + (version.getNumber() > 1 ? ". Version " + version.getNumber() : "")
                        + ". SHA-256: " + version.getContentHash());
    }
}
