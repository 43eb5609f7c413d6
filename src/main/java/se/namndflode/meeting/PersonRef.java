package se.namndflode.meeting;

import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A politician as the minutes name them at the time of the meeting: id, full name and party code. Kept as a
 * snapshot with every yrkande, ballot, reservation and statement, so the minutes do not change when a person
 * later changes party. Columns {@code person_id}, {@code name}, {@code party_code}.
 */
@Embeddable
record PersonRef(Long personId, String name, String partyCode) {

    PersonRef {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partyCode, "partyCode");
    }

    /** "Kristin Jacobsson (C)". */
    String display() {
        return name + " (" + partyCode + ")";
    }

    /**
     * Persons as the seed minutes list them: grouped by party in order of first appearance, a party with several
     * persons named by its first one and "m.fl.", the last group joined with "och": "Alexander Ojanne m.fl. (S),
     * Magnus Runsten (MP) och Gabriel Kroon (SD)".
     */
    static String list(List<PersonRef> persons) {
        Map<String, List<PersonRef>> byParty = new LinkedHashMap<>();
        for (PersonRef person : persons) {
            byParty.computeIfAbsent(person.partyCode(), party -> new ArrayList<>()).add(person);
        }
        List<String> groups = new ArrayList<>();
        byParty.forEach((party, members) -> groups.add(members.get(0).name() + (members.size() > 1 ? " m.fl." : "")
                + " (" + party + ")"));
        return joinWithAnd(groups);
    }

    /** Whether the persons belong to more than one party: a joint ("gemensamt") yrkande, reservation or statement. */
    static boolean severalParties(List<PersonRef> persons) {
        return persons.stream().map(PersonRef::partyCode).distinct().count() > 1;
    }

    /** "a", "a och b", "a, b och c". */
    static String joinWithAnd(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    }

    /** Swedish genitive of a name: "Jacobssons", but "Jonas'" for a name ending in s, x or z. */
    static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name + "'" : name + "s";
    }
}
