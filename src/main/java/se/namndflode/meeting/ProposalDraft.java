package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A yrkande as the secretary enters it, movers and concurrences resolved to persons. Att-satser are stored
 * without their number, leading "att" and trailing separator (", samt", ",", "."), which the minutes add
 * ({@link MinutesWording}); a trailing ":" (the clause introduces the argument text) is kept. Blank texts are none.
 */
record ProposalDraft(ProposalKind kind, List<PersonRef> movers, List<PersonRef> concurrences, List<String> clauses,
        String argument, String reason) {

    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d+\\s*[.)]\\s*");
    private static final Pattern LEADING_ATT = Pattern.compile("^att\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(\\s*,\\s*samt|\\s+samt|\\s*[,.;])\\s*$",
            Pattern.CASE_INSENSITIVE);

    ProposalDraft {
        movers = movers == null ? List.of() : List.copyOf(movers);
        concurrences = concurrences == null ? List.of() : List.copyOf(concurrences);
        List<String> cleaned = new ArrayList<>();
        if (clauses != null) {
            for (String clause : clauses) {
                String text = clean(clause);
                if (text != null) {
                    cleaned.add(text);
                }
            }
        }
        clauses = List.copyOf(cleaned);
        argument = blankToNull(argument);
        reason = blankToNull(reason);
    }

    static String clean(String clause) {
        if (clause == null || clause.isBlank()) {
            return null;
        }
        String text = NUMBER.matcher(clause.strip()).replaceFirst("");
        text = LEADING_ATT.matcher(text).replaceFirst("");
        String previous;
        do {
            previous = text;
            text = TRAILING.matcher(text).replaceFirst("").strip();
        } while (!text.equals(previous));
        return text.isEmpty() ? null : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
