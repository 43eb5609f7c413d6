package se.namndflode.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A held meeting in the project's own import format (documented in {@code docs/meeting-import.md}; the demo's
 * {@code demo/meeting-socialnamnden-2023-12-12.json}, the seed Protokoll nr 12/2023): the board, day and place, who
 * was present, and per paragraph in the order of the minutes its matter as the earlier register numbered it (or
 * a standard item), the yrkanden with their movers by full name, the propositionsordning, the decision points,
 * reservations (in favour of the yrkande {@code favour}, 1-based) and särskilda uttalanden; then the justering and
 * the dates of planning, notice and dispatch. The meeting is opened at {@code startsAt} and closed at {@code closesAt}
 * (the minutes' cover prints "kl. 18.00–20.15" from these recorded times). Persons are named as the board's seats name them on the day.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingImportFile(String municipality, String board, int minutesNumber, LocalDate day,
        LocalTime startsAt, LocalTime closesAt, String place, LocalDate plannedOn, LocalDate agendaSetOn, String registrar,
        String caseOfficer, String secretary, List<String> present, Justering justering, LocalDate noticeOn,
        LocalDate dispatchedOn, List<Item> paragraphs) {

    /** Time and place of justering, who signs (chair, justerare by name) and the accounts they sign with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Justering(LocalDateTime at, String place, String chair, List<String> approvers,
            List<String> signers) {
    }

    /**
     * One paragraph: a matter ({@code matter}) or a standard item (its title); {@code summary} the text the
     * secretary writes into the minutes (Sammanfattning av ärendet, or an item's text).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int number, String title, List<String> decision, boolean immediatelyJustered,
            TakenOverMatter matter, List<Yrkande> proposals, boolean decideTodayFirst,
            List<Reservation> dissents, List<SpecialStatement> statements, String summary) {

        public List<Yrkande> proposalsOrNone() {
            return proposals == null ? List.of() : proposals;
        }

        List<Reservation> dissentsOrNone() {
            return dissents == null ? List.of() : dissents;
        }

        List<SpecialStatement> statementsOrNone() {
            return statements == null ? List.of() : statements;
        }
    }

    /** A matter as the earlier register has it: its number (with or without series prefix) and documents. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TakenOverMatter(String number, String kind, String title, LocalDate registeredOn, String sender,
            String senderReference, LocalDate answerDue, List<TakenOverDocument> documents) {

        public List<TakenOverDocument> documentsOrNone() {
            return documents == null ? List.of() : documents;
        }
    }

    /** A document of the matter with its own number in it ({@code 3}, {@code 1.1}; gaps allowed). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TakenOverDocument(String number, String type, String title) {
    }

    /** A yrkande: kind (APPROVE, REJECT, REFER_BACK, POSTPONE, AMEND, OWN), movers and concurring by name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Yrkande(String kind, List<String> movers, List<String> concurring, List<String> clauses,
            String argument, String reason) {
    }

    /** A reservation by persons in favour of yrkande number {@code favour} (null: none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reservation(List<String> persons, Integer favour) {
    }

    /** A särskilt uttalande by persons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpecialStatement(List<String> persons, String text) {
    }
}
