package se.namndflode.meeting;

import java.util.Objects;
import se.namndflode.shared.web.DomainException;

/**
 * One of the answers a question of the propositionsordning can get: the matter is decided today (against an
 * återremiss or bordläggning yrkande), the administration's proposal (förvaltningens förslag, which every bifall
 * yrkande supports), or a yrkande by its number in the paragraph. In the API: {@code TODAY}, {@code ADMINISTRATION},
 * {@code PROPOSAL:2}.
 */
record Alternative(Type type, Integer proposal) {

    enum Type {
        TODAY,
        ADMINISTRATION,
        PROPOSAL
    }

    static final Alternative TODAY = new Alternative(Type.TODAY, null);
    static final Alternative ADMINISTRATION = new Alternative(Type.ADMINISTRATION, null);

    Alternative {
        Objects.requireNonNull(type, "type");
        if ((type == Type.PROPOSAL) != (proposal != null)) {
            throw new IllegalArgumentException("A proposal alternative, and only it, names a yrkande");
        }
    }

    static Alternative proposal(int number) {
        return new Alternative(Type.PROPOSAL, number);
    }

    String key() {
        return type == Type.PROPOSAL ? "PROPOSAL:" + proposal : type.name();
    }

    /** The alternative of a key; refused (422 on {@code field}) when it is none. */
    static Alternative parse(String key, String field) {
        if (key != null) {
            String text = key.strip();
            if (text.equals("TODAY")) {
                return TODAY;
            }
            if (text.equals("ADMINISTRATION")) {
                return ADMINISTRATION;
            }
            if (text.startsWith("PROPOSAL:")) {
                try {
                    return proposal(Integer.parseInt(text.substring("PROPOSAL:".length())));
                } catch (NumberFormatException notANumber) {
                    // falls through to the refusal
                }
            }
        }
        throw DomainException.invalid(field, "meeting.proposition.alternativeUnknown", key);
    }

    @Override
    public String toString() {
        return key();
    }
}
