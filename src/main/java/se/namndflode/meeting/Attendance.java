package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndflode.organisation.BoardRole;
import se.namndflode.shared.web.DomainException;

/**
 * Tjänstgöring: from the board's seats on the meeting day and the attendance facts (arrivals and departures
 * between paragraphs, jäv per paragraph, recorded substitutions), the serving list of every paragraph. Immutable;
 * {@code with...} methods check a new fact against the rules and return the attendance with it.
 *
 * <p>Rules (primer 3.2, kommunallagen 6 kap.): a member present and without jäv serves in the own seat (a member
 * who arrives takes the seat back from the next paragraph). A seat whose member is absent or has jäv is filled by,
 * in this order: a recorded substitution; the substitute called in by the order at the previous paragraph, while
 * still present (a substitute who has begun to serve continues; see docs/decisions.md); else the first present,
 * not yet serving substitute of the member's party by the board's order; else the first other present substitute
 * by order. A substitute never serves for a member who is present, and no seat has two persons.
 */
final class Attendance {

    private final Roster roster;
    private final List<AgendaRef> agenda;
    private final List<AttendanceChange> changes;
    private final List<Recusal> recusals;
    private final List<Substitution> substitutions;
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private List<ServingList> servingLists;

    Attendance(Roster roster, List<AgendaRef> agenda, Collection<AttendanceChange> changes,
            Collection<Recusal> recusals, Collection<Substitution> substitutions) {
        this.roster = Objects.requireNonNull(roster);
        this.agenda = List.copyOf(agenda);
        this.changes = List.copyOf(changes);
        this.recusals = List.copyOf(recusals);
        this.substitutions = List.copyOf(substitutions);
        for (int index = 0; index < this.agenda.size(); index++) {
            indexOf.put(this.agenda.get(index).paragraphId(), index);
        }
    }

    Roster roster() { return roster; }
    List<AgendaRef> agenda() { return agenda; }
    List<AttendanceChange> changes() { return changes; }
    List<Recusal> recusals() { return recusals; }
    List<Substitution> substitutions() { return substitutions; }

    /** The serving list of every paragraph, in agenda order. */
    List<ServingList> servingLists() {
        if (servingLists == null) {
            servingLists = derive();
        }
        return servingLists;
    }

    ServingList serving(Long paragraphId) {
        return servingLists().get(index(paragraphId, "paragraphId"));
    }

    boolean isPresent(Long personId, Long paragraphId) {
        return presentAt(personId, index(paragraphId, "paragraphId"));
    }

    // ---- new facts, checked -------------------------------------------------------------------------------

    /** Adds an arrival or departure; refused when the person holds no seat, is already there, or is not there. */
    Attendance withChange(AttendanceChange change) {
        PersonRef person = seatOf(change.personId(), "personId").person();
        if (change.movement() == AttendanceChange.Movement.LEFT && change.fromParagraphId() == null) {
            throw DomainException.invalid("fromParagraphId", "meeting.attendance.departureNeedsParagraph",
                    person.display());
        }
        int at = change.fromParagraphId() == null ? 0 : index(change.fromParagraphId(), "fromParagraphId");
        if (changesOf(change.personId()).stream().anyMatch(existing -> startIndex(existing) == at)) {
            throw DomainException.invalid("fromParagraphId", "meeting.attendance.sameParagraph", person.display(),
                    agenda.get(at).label());
        }
        boolean present = presentAt(change.personId(), at);
        if (change.movement() == AttendanceChange.Movement.ARRIVED && present) {
            throw DomainException.invalid("fromParagraphId", "meeting.attendance.alreadyPresent", person.display(),
                    agenda.get(at).label());
        }
        if (change.movement() == AttendanceChange.Movement.LEFT && !present) {
            throw DomainException.invalid("fromParagraphId", "meeting.attendance.notPresent", person.display(),
                    agenda.get(at).label());
        }
        List<AttendanceChange> next = new ArrayList<>(changes);
        next.add(change);
        Attendance result = new Attendance(roster, agenda, next, recusals, substitutions);
        result.checkAlternates(change.personId(), person);
        return result;
    }

    /** Removes a recorded arrival or departure (a correction); the person's remaining ones must still alternate. */
    Attendance withoutChange(AttendanceChange change) {
        PersonRef person = seatOf(change.personId(), "personId").person();
        List<AttendanceChange> next = new ArrayList<>(changes);
        if (!next.remove(change)) {
            throw DomainException.notFound("meeting.attendance.changeNotFound");
        }
        Attendance result = new Attendance(roster, agenda, next, recusals, substitutions);
        result.checkAlternates(change.personId(), person);
        return result;
    }

    Attendance withRecusal(Recusal recusal) {
        PersonRef person = seatOf(recusal.personId(), "personId").person();
        int at = index(recusal.paragraphId(), "paragraphId");
        if (recusals.contains(recusal)) {
            throw DomainException.invalid("personId", "meeting.attendance.recusalDuplicate", person.display(),
                    agenda.get(at).label());
        }
        List<Recusal> next = new ArrayList<>(recusals);
        next.add(recusal);
        return new Attendance(roster, agenda, changes, next, substitutions);
    }

    Attendance withoutRecusal(Recusal recusal) {
        List<Recusal> next = new ArrayList<>(recusals);
        if (!next.remove(recusal)) {
            throw DomainException.notFound("meeting.attendance.recusalNotFound");
        }
        return new Attendance(roster, agenda, changes, next, substitutions);
    }

    /**
     * Records that a substitute serves for a member. Refused when the member is present (and without jäv) at the
     * first paragraph, the substitute is not present there, the seat already has a recorded substitute in an
     * overlapping range (two persons in one seat), or the substitute already fills another seat then.
     */
    Attendance withSubstitution(Substitution substitution) {
        SeatHolder substitute = seatOf(substitution.substituteId(), "substituteId");
        SeatHolder member = seatOf(substitution.memberId(), "memberId");
        if (substitute.isMember()) {
            throw DomainException.invalid("substituteId", "meeting.substitution.notSubstitute",
                    substitute.person().display());
        }
        if (!member.isMember()) {
            throw DomainException.invalid("memberId", "meeting.substitution.notMember", member.person().display());
        }
        int from = start(substitution);
        int until = end(substitution);
        if (until < from) {
            throw DomainException.invalid("untilParagraphId", "meeting.substitution.range");
        }
        String label = agenda.get(from).label();
        if (available(member.personId(), from)) {
            throw DomainException.invalid("memberId", "meeting.substitution.memberPresent",
                    member.person().display(), label);
        }
        if (!available(substitute.personId(), from)) {
            throw DomainException.invalid("substituteId", "meeting.substitution.substituteAbsent",
                    substitute.person().display(), label);
        }
        for (Substitution other : substitutions) {
            int overlapFrom = Math.max(from, start(other));
            boolean overlaps = overlapFrom <= Math.min(until, end(other));
            if (!overlaps) {
                continue;
            }
            if (other.memberId().equals(substitution.memberId())) {
                throw DomainException.invalid("memberId", "meeting.substitution.seatTaken", member.person().display(),
                        seatOf(other.substituteId(), "substituteId").person().display(),
                        agenda.get(overlapFrom).label());
            }
            if (other.substituteId().equals(substitution.substituteId())) {
                throw DomainException.invalid("substituteId", "meeting.substitution.substituteBusy",
                        substitute.person().display(), seatOf(other.memberId(), "memberId").person().display(),
                        agenda.get(overlapFrom).label());
            }
        }
        List<Substitution> next = new ArrayList<>(substitutions);
        next.add(substitution);
        return new Attendance(roster, agenda, changes, recusals, next);
    }

    Attendance withoutSubstitution(Substitution substitution) {
        List<Substitution> next = new ArrayList<>(substitutions);
        if (!next.remove(substitution)) {
            throw DomainException.notFound("meeting.substitution.notFound");
        }
        return new Attendance(roster, agenda, changes, recusals, next);
    }

    /**
     * Refuses a change of attendance that would change who served in a paragraph already decided or voted on:
     * arrivals, departures and substitutions take effect between paragraphs, from one not yet handled.
     */
    void checkServingUnchanged(Attendance before, Set<Long> lockedParagraphIds) {
        checkServingUnchanged(before, lockedParagraphIds, "meeting.attendance.lockedParagraph");
    }

    /** As above, refused with {@code messageKey} (argument: the paragraph's label). */
    void checkServingUnchanged(Attendance before, Set<Long> lockedParagraphIds, String messageKey) {
        for (AgendaRef paragraph : agenda) {
            if (lockedParagraphIds.contains(paragraph.paragraphId())
                    && !seats(before.serving(paragraph.paragraphId()))
                            .equals(seats(serving(paragraph.paragraphId())))) {
                throw DomainException.invalid("fromParagraphId", messageKey, paragraph.label());
            }
        }
    }

    private static Set<List<Long>> seats(ServingList list) {
        return list.serving().stream().map(person -> java.util.Arrays.asList(person.personId(),
                person.servesFor() == null ? null : person.servesFor().personId())).collect(Collectors.toSet());
    }

    // ---- derivation -------------------------------------------------------------------------------------------

    private List<ServingList> derive() {
        List<ServingList> lists = new ArrayList<>();
        Map<Long, ServingPerson> previousByOrder = new HashMap<>();
        for (int index = 0; index < agenda.size(); index++) {
            Set<Long> used = new HashSet<>();
            Map<Long, ServingPerson> bySeat = new LinkedHashMap<>();
            List<SeatHolder> vacant = new ArrayList<>();
            for (SeatHolder member : roster.members()) {
                bySeat.put(member.personId(), null);
                if (available(member.personId(), index)) {
                    bySeat.put(member.personId(), new ServingPerson(member.person(), false, null, false));
                    used.add(member.personId());
                } else {
                    vacant.add(member);
                }
            }
            final int at = index;
            fill(vacant, bySeat, used, member -> substitutions.stream()
                    .filter(substitution -> substitution.memberId().equals(member.personId()))
                    .filter(substitution -> start(substitution) <= at && at <= end(substitution))
                    .map(substitution -> seatOf(substitution.substituteId(), "substituteId"))
                    .filter(substitute -> available(substitute.personId(), at) && !used.contains(substitute.personId()))
                    .findFirst(), false);
            fill(vacant, bySeat, used, member -> Optional.ofNullable(previousByOrder.get(member.personId()))
                    .flatMap(previous -> roster.seat(previous.personId()))
                    .filter(substitute -> available(substitute.personId(), at)
                            && !used.contains(substitute.personId())), true);
            fill(vacant, bySeat, used, member -> roster.substitutes().stream()
                    .filter(substitute -> substitute.partyCode().equals(member.partyCode()))
                    .filter(substitute -> available(substitute.personId(), at) && !used.contains(substitute.personId()))
                    .min(Comparator.comparingInt(SeatHolder::order)), true);
            fill(vacant, bySeat, used, member -> roster.substitutes().stream()
                    .filter(substitute -> available(substitute.personId(), at) && !used.contains(substitute.personId()))
                    .min(Comparator.comparingInt(SeatHolder::order).thenComparing(SeatHolder::partyCode)), true);

            previousByOrder.clear();
            bySeat.forEach((memberId, serving) -> {
                if (serving != null && serving.calledInByOrder()) {
                    previousByOrder.put(memberId, serving);
                }
            });
            List<ServingPerson> serving = bySeat.values().stream().filter(Objects::nonNull).toList();
            List<PersonRef> presentNotServing = roster.everyone().stream()
                    .filter(seat -> available(seat.personId(), at) && !used.contains(seat.personId()))
                    .map(SeatHolder::person).toList();
            List<PersonRef> recused = roster.everyone().stream()
                    .filter(seat -> presentAt(seat.personId(), at) && recusedAt(seat.personId(), at))
                    .map(SeatHolder::person).toList();
            PersonRef presiding = presiding(serving);
            lists.add(new ServingList(agenda.get(index), serving, presentNotServing, recused, roster.quorum(),
                    presiding));
        }
        return lists;
    }

    private void fill(List<SeatHolder> vacant, Map<Long, ServingPerson> bySeat, Set<Long> used,
            java.util.function.Function<SeatHolder, Optional<SeatHolder>> candidate, boolean byOrder) {
        for (SeatHolder member : List.copyOf(vacant)) {
            Optional<SeatHolder> substitute = candidate.apply(member);
            if (substitute.isPresent()) {
                bySeat.put(member.personId(), new ServingPerson(substitute.get().person(), true, member.person(),
                        byOrder));
                used.add(substitute.get().personId());
                vacant.remove(member);
            }
        }
    }

    private PersonRef presiding(List<ServingPerson> serving) {
        for (BoardRole role : new BoardRole[] {BoardRole.CHAIR, BoardRole.VICE_CHAIR}) {
            Optional<SeatHolder> holder = roster.holderOf(role);
            if (holder.isPresent() && serving.stream().anyMatch(person -> person.personId().equals(
                    holder.get().personId()))) {
                return holder.get().person();
            }
        }
        return null;
    }

    private boolean available(Long personId, int index) {
        return presentAt(personId, index) && !recusedAt(personId, index);
    }

    private boolean recusedAt(Long personId, int index) {
        Long paragraphId = agenda.get(index).paragraphId();
        return recusals.stream().anyMatch(recusal -> recusal.personId().equals(personId)
                && recusal.paragraphId().equals(paragraphId));
    }

    private boolean presentAt(Long personId, int index) {
        boolean present = false;
        for (AttendanceChange change : changesOf(personId)) {
            if (startIndex(change) > index) {
                break;
            }
            present = change.movement() == AttendanceChange.Movement.ARRIVED;
        }
        return present;
    }

    private List<AttendanceChange> changesOf(Long personId) {
        return changes.stream().filter(change -> change.personId().equals(personId))
                .sorted(Comparator.comparingInt(this::startIndex)).toList();
    }

    private void checkAlternates(Long personId, PersonRef person) {
        AttendanceChange.Movement expected = AttendanceChange.Movement.ARRIVED;
        for (AttendanceChange change : changesOf(personId)) {
            if (change.movement() != expected) {
                throw DomainException.invalid("fromParagraphId", "meeting.attendance.order", person.display());
            }
            expected = expected == AttendanceChange.Movement.ARRIVED ? AttendanceChange.Movement.LEFT
                    : AttendanceChange.Movement.ARRIVED;
        }
    }

    private int startIndex(AttendanceChange change) {
        return change.fromParagraphId() == null ? 0 : index(change.fromParagraphId(), "fromParagraphId");
    }

    private int start(Substitution substitution) {
        return substitution.fromParagraphId() == null ? 0 : index(substitution.fromParagraphId(), "fromParagraphId");
    }

    private int end(Substitution substitution) {
        return substitution.untilParagraphId() == null ? agenda.size() - 1
                : index(substitution.untilParagraphId(), "untilParagraphId");
    }

    private int index(Long paragraphId, String field) {
        Integer index = indexOf.get(paragraphId);
        if (index == null) {
            throw DomainException.invalid(field, "meeting.attendance.unknownParagraph");
        }
        return index;
    }

    private SeatHolder seatOf(Long personId, String field) {
        return roster.seat(personId)
                .orElseThrow(() -> DomainException.invalid(field, "meeting.attendance.noSeat",
                        String.valueOf(personId)));
    }
}
