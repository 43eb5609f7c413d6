package se.namndflode.meeting;

import java.time.OffsetDateTime;

/**
 * What the rules of one paragraph's handling need to know of the world: whether the meeting is open or already
 * closed, whether the paragraph is decided, whether it is myndighetsutövning mot enskild, whether it has an
 * administration's proposal (a board matter's approved tjänsteutlåtande), its serving list, the time now and the
 * time set for justering (null: not set).
 */
record ConsoleContext(boolean meetingOpen, boolean meetingClosed, boolean decided, boolean exerciseOfAuthority,
        boolean administrationProposal, ServingList serving, OffsetDateTime now, OffsetDateTime justeringAt) {

    String label() {
        return serving.paragraph().label();
    }
}
