package se.namndflode.meeting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Swedish wording of the minutes' Yrkanden, Propositionsordning, Omröstning, Reservationer and Särskilt
 * uttalande sections, as in the seed Protokoll nr 12/2023 of Stockholm's Socialnämnden (primer 3.3–3.6, 3.9).
 * The minutes are Swedish whatever the reader's language, so these phrases are not UI texts.
 */
final class MinutesWording {

    static final String ADMINISTRATION = "förvaltningens förslag";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm");

    private MinutesWording() {
    }

    // ---- yrkanden ----------------------------------------------------------------------------------------------

    /**
     * A yrkande as the seed prints it: "Gabriel Kroon (SD) yrkade bifall till förvaltningens förslag till beslut.";
     * "Andrea Hedin m.fl. (M), med instämmande från Gabriel Kroon (SD), yrkade" followed by the numbered att-satser
     * ("1. att avslå förvaltningens förslag till beslut, ... samt\n3. att därutöver anföra följande:") and the
     * argument text.
     */
    static String proposal(Proposal proposal) {
        String who = PersonRef.list(proposal.getMovers()) + (proposal.getConcurrences().isEmpty() ? ""
                : ", med instämmande från " + PersonRef.list(proposal.getConcurrences()) + ",");
        List<String> clauses = new ArrayList<>(proposal.getClauses());
        String argument = proposal.getArgument();
        if (clauses.isEmpty() && argument != null) {
            switch (proposal.getKind()) {
                case APPROVE -> clauses.add("bifalla förvaltningens förslag till beslut");
                case REJECT -> clauses.add("avslå förvaltningens förslag till beslut");
                default -> {
                    // återremiss and bordläggning print their reason, then the argument
                }
            }
        }
        if (clauses.isEmpty()) {
            String text = switch (proposal.getKind()) {
                case APPROVE -> who + " yrkade bifall till förvaltningens förslag till beslut.";
                case REJECT -> who + " yrkade avslag på förvaltningens förslag till beslut.";
                case REFER_BACK -> who + " yrkade att ärendet skulle återremitteras med följande motivering:\n\n"
                        + proposal.getReason();
                case POSTPONE -> who + " yrkade att ärendet skulle bordläggas" + (proposal.getReason() == null ? "."
                        : " med följande motivering:\n\n" + proposal.getReason());
                default -> who + " yrkade";
            };
            return argument == null ? text : text + "\n\n" + argument;
        }
        String last = clauses.get(clauses.size() - 1);
        // The seed's § 11 leads in with "att därutöver anföra följande" without a colon: still the lead-in.
        if (argument != null && !last.endsWith(":") && !last.endsWith("anföra följande")) {
            clauses.add("därutöver anföra följande:");
        }
        return who + " yrkade\n\n" + clauses(clauses) + (argument == null ? "" : "\n\n" + argument);
    }

    /** "1. att a,\n2. att b, samt\n3. att c." — the last before the final one ends ", samt"; a ":" ends no clause. */
    static String clauses(List<String> clauses) {
        List<String> lines = new ArrayList<>();
        for (int index = 0; index < clauses.size(); index++) {
            String clause = clauses.get(index);
            String end;
            if (clause.endsWith(":")) {
                end = "";
            } else if (index == clauses.size() - 1) {
                end = ".";
            } else if (index == clauses.size() - 2) {
                end = ", samt";
            } else {
                end = ",";
            }
            lines.add((index + 1) + ". att " + clause + end);
        }
        return String.join("\n", lines);
    }

    /**
     * How a yrkande is named in a proposition, a vote or a reservation: "Kristin Jacobssons (C) yrkande"; several
     * movers "yrkandet från Andrea Hedin m.fl. (M)"; several parties "det gemensamma yrkandet från ...".
     */
    static String reference(Proposal proposal) {
        List<PersonRef> movers = proposal.getMovers();
        if (movers.size() == 1) {
            return PersonRef.genitive(movers.get(0).name()) + " (" + movers.get(0).partyCode() + ") yrkande";
        }
        return (proposal.isJoint() ? "det gemensamma yrkandet från " : "yrkandet från ") + PersonRef.list(movers);
    }

    // ---- propositionsordning and omröstning -----------------------------------------------------------------

    /** Ordinary Swedish name of a kind of question, for messages. */
    static String questionName(QuestionKind kind) {
        return switch (kind) {
            case DECIDE_TODAY -> "frågan om ärendet ska avgöras idag";
            case MAIN -> "huvudfrågan (förslagen mot varandra)";
            case COUNTER_PROPOSAL -> "valet av motförslag (kontraproposition)";
        };
    }

    /** What the board decided "enligt": "förvaltningens förslag", a yrkande's reference. */
    static String alternative(Alternative alternative, ParagraphHandling handling) {
        return switch (alternative.type()) {
            case ADMINISTRATION -> ADMINISTRATION;
            case PROPOSAL -> reference(handling.proposal(alternative.proposal()));
            case TODAY -> "att ärendet ska avgöras idag";
        };
    }

    /**
     * The Propositionsordning section, paragraph by paragraph: "Ordförande frågar nämnden om ärendet ska avgöras
     * idag eller återremitteras. Ordförande finner att ärendet ska avgöras idag."; "Ordföranden ställde (därefter)
     * de framställda förslagen till beslut mot varandra och fann att nämnden beslutat enligt förvaltningens
     * förslag."; a vote with its voteringsproposition, tally and result. Empty when no question was put.
     */
    static List<String> proposition(ParagraphHandling handling) {
        List<String> lines = new ArrayList<>();
        boolean afterDecideToday = false;
        for (Question question : handling.getQuestions()) {
            switch (question.getKind()) {
                case DECIDE_TODAY -> {
                    Proposal subject = handling.proposal(question.getSubject());
                    String verb = subject.getKind() == ProposalKind.POSTPONE ? "bordläggas" : "återremitteras";
                    lines.add("Ordförande frågar nämnden om ärendet ska avgöras idag eller " + verb
                            + ". Ordförande finner att ärendet ska "
                            + (question.getFinding().equals(Alternative.TODAY) ? "avgöras idag" : verb) + ".");
                    if (question.getVote() != null) {
                        lines.add("Omröstning begärdes.");
                        lines.addAll(vote(question.getVote(), handling, "Nämnden har därmed beslutat "));
                    }
                    afterDecideToday = true;
                }
                case MAIN -> {
                    lines.add("Ordföranden ställde " + (afterDecideToday ? "därefter " : "")
                            + "de framställda förslagen till beslut mot varandra och fann att nämnden beslutat enligt "
                            + alternative(question.getFinding(), handling) + ".");
                    Vote vote = question.getVote();
                    if (vote != null) {
                        lines.add("Omröstning begärdes.");
                        if (question.getAlternatives().size() > 2) {
                            lines.add("Ordföranden förklarade " + alternative(question.getFinding(), handling)
                                    + " som huvudförslag.");
                            handling.getQuestions().stream()
                                    .filter(counter -> counter.getKind() == QuestionKind.COUNTER_PROPOSAL)
                                    .findFirst().ifPresent(counter -> lines.addAll(counter(counter, handling)));
                        }
                        if (vote.getNo() != null) {
                            lines.addAll(vote(vote, handling, "Nämnden har därmed beslutat enligt "));
                        }
                    }
                }
                case COUNTER_PROPOSAL -> {
                    // printed within the main question's vote
                }
            }
        }
        return lines;
    }

    /** The Propositionsordning's sentences and the omröstningar apart, as the minutes print them (primer 3.8). */
    record Sections(List<String> proposition, List<MeetingRecord.VoteRecord> votes) {
    }

    /**
     * As {@link #proposition}, with each closed vote taken out into its own Omröstning (voteringsproposition,
     * tally, utslagsröst, result and the roll call by name); the Propositionsordning keeps "Omröstning begärdes."
     * and, with more than two proposals, the huvudförslag and the choice of motförslag.
     * {@code decidedByAdministration}: the board decided the paragraph on the administration's proposal; when the only question put was whether to
     * decide today (the återremiss or bordläggning the only competing yrkande), the minutes then say, as the seed's
     * §§ 14 and 21, that the chair thereafter put the proposals and found for the administration's.
     */
    static Sections sections(ParagraphHandling handling, boolean decidedByAdministration) {
        List<String> lines = new ArrayList<>();
        List<MeetingRecord.VoteRecord> votes = new ArrayList<>();
        boolean afterDecideToday = false;
        boolean mainPut = false;
        boolean today = false;
        for (Question question : handling.getQuestions()) {
            switch (question.getKind()) {
                case DECIDE_TODAY -> {
                    Proposal subject = handling.proposal(question.getSubject());
                    String verb = subject.getKind() == ProposalKind.POSTPONE ? "bordläggas" : "återremitteras";
                    lines.add("Ordförande frågar nämnden om ärendet ska avgöras idag eller " + verb
                            + ". Ordförande finner att ärendet ska "
                            + (question.getFinding().equals(Alternative.TODAY) ? "avgöras idag" : verb) + ".");
                    if (question.getVote() != null) {
                        lines.add("Omröstning begärdes.");
                        votes.add(voteRecord(question.getVote(), handling, "Nämnden har därmed beslutat ", false));
                    }
                    afterDecideToday = true;
                    Alternative result = question.getResult() != null ? question.getResult() : question.getFinding();
                    today = Alternative.TODAY.equals(result);
                }
                case MAIN -> {
                    mainPut = true;
                    lines.add("Ordföranden ställde " + (afterDecideToday ? "därefter " : "")
                            + "de framställda förslagen till beslut mot varandra och fann att nämnden beslutat enligt "
                            + alternative(question.getFinding(), handling) + ".");
                    Vote vote = question.getVote();
                    if (vote != null) {
                        lines.add("Omröstning begärdes.");
                        if (question.getAlternatives().size() > 2) {
                            lines.add("Ordföranden förklarade " + alternative(question.getFinding(), handling)
                                    + " som huvudförslag.");
                            handling.getQuestions().stream()
                                    .filter(counter -> counter.getKind() == QuestionKind.COUNTER_PROPOSAL)
                                    .findFirst().ifPresent(counter -> {
                                        lines.add("Ordföranden ställde därefter proposition på vilket av de övriga "
                                                + "förslagen som skulle utgöra motförslag i huvudvoteringen och fann "
                                                + "att nämnden utsett " + alternative(counter.getFinding(), handling)
                                                + " till motförslag.");
                                        if (counter.getVote() != null) {
                                            lines.add("Kontrapropositionsvotering begärdes.");
                                            votes.add(voteRecord(counter.getVote(), handling, null, true));
                                        }
                                    });
                        }
                        if (vote.getNo() != null) {
                            votes.add(voteRecord(vote, handling, "Nämnden har därmed beslutat enligt ", false));
                        }
                    }
                }
                case COUNTER_PROPOSAL -> {
                    // within the main question's vote
                }
            }
        }
        if (afterDecideToday && today && !mainPut && decidedByAdministration) {
            lines.add("Ordföranden ställde därefter de framställda förslagen till beslut mot varandra och fann att "
                    + "nämnden beslutat enligt " + ADMINISTRATION + ".");
        }
        return new Sections(lines, votes);
    }

    private static MeetingRecord.VoteRecord voteRecord(Vote vote, ParagraphHandling handling, String prefix,
            boolean counter) {
        return new MeetingRecord.VoteRecord(vote(vote, handling, prefix), rollCall(vote), vote.getYesCount(),
                vote.getNoCount(), vote.getAbstainCount(), vote.isCastingVote(), counter);
    }

    private static List<String> counter(Question counter, ParagraphHandling handling) {
        List<String> lines = new ArrayList<>();
        lines.add("Ordföranden ställde därefter proposition på vilket av de övriga förslagen som skulle utgöra "
                + "motförslag i huvudvoteringen och fann att nämnden utsett "
                + alternative(counter.getFinding(), handling) + " till motförslag.");
        if (counter.getVote() != null) {
            lines.add("Kontrapropositionsvotering begärdes.");
            lines.addAll(vote(counter.getVote(), handling, null));
        }
        return lines;
    }

    /**
     * "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för bifall
     * till Kristin Jacobssons (C) yrkande." — the tally "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0
     * avstår." and, on a tie, the chair's utslagsröst; then the result.
     */
    static List<String> vote(Vote vote, ParagraphHandling handling, String resultPrefix) {
        List<String> lines = new ArrayList<>();
        boolean counter = resultPrefix == null;
        lines.add("Ordföranden ställde följande voteringsproposition: Ja för " + votePhrase(vote.getYes(), handling,
                counter) + ", nej för " + votePhrase(vote.getNo(), handling, counter) + ".");
        if (!vote.isClosed()) {
            lines.add("Omröstning pågår.");
            return lines;
        }
        lines.add(tally(vote));
        if (vote.isCastingVote()) {
            BallotChoice chairs = vote.ballotOf(vote.getPresiding().personId()).orElseThrow().choice();
            lines.add("Då rösterna fallit lika avgjordes frågan genom ordförandens utslagsröst; ordföranden "
                    + vote.getPresiding().display() + " röstade " + chairs.word() + ".");
        }
        Alternative winner = vote.winner();
        if (counter) {
            lines.add("Nämnden har därmed utsett " + alternative(winner, handling) + " till motförslag.");
        } else if (winner.type() == Alternative.Type.TODAY) {
            lines.add(resultPrefix + "att ärendet ska avgöras idag.");
        } else if (handling.getQuestions().stream().anyMatch(question -> question.getVote() == vote
                && question.getKind() == QuestionKind.DECIDE_TODAY)) {
            lines.add(resultPrefix + "att ärendet ska " + (handling.proposal(winner.proposal()).getKind()
                    == ProposalKind.POSTPONE ? "bordläggas" : "återremitteras") + ".");
        } else {
            lines.add(resultPrefix + alternative(winner, handling) + ".");
        }
        return lines;
    }

    private static String votePhrase(Alternative alternative, ParagraphHandling handling, boolean counter) {
        if (alternative == null) {
            return "motförslaget";
        }
        if (counter) {
            return alternative(alternative, handling) + " som motförslag";
        }
        if (alternative.type() == Alternative.Type.TODAY) {
            return "att ärendet ska avgöras idag";
        }
        Proposal proposal = alternative.type() == Alternative.Type.PROPOSAL
                ? handling.proposal(alternative.proposal()) : null;
        if (proposal != null && proposal.getKind().isProcedural()) {
            return "att ärendet ska " + (proposal.getKind() == ProposalKind.POSTPONE ? "bordläggas" : "återremitteras");
        }
        return "bifall till " + alternative(alternative, handling);
    }

    /** "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår." */
    static String tally(Vote vote) {
        return "Omröstningen utföll med " + vote.getYesCount()
                + (vote.getYesCount() == 1 ? " ja-röst, " : " ja-röster, ")
                + vote.getNoCount() + (vote.getNoCount() == 1 ? " nej-röst, " : " nej-röster, ")
                + vote.getAbstainCount() + " avstår.";
    }

    /** The roll call as the minutes list it: "Kristin Jacobsson (C), ersättare för Anna Berg (C): nej". */
    static List<String> rollCall(Vote vote) {
        return vote.getBallots().stream().map(ballot -> ballot.person().display()
                + (ballot.servesFor() == null ? "" : ", ersättare för " + ballot.servesFor().display()) + ": "
                + ballot.choice().word()).toList();
    }

    /** "Gabriel Kroon (SD) deltog inte i beslutet." */
    static Optional<String> notTakingPart(List<PersonRef> persons) {
        return persons.isEmpty() ? Optional.empty()
                : Optional.of(PersonRef.list(persons) + " deltog inte i beslutet.");
    }

    // ---- reservationer and särskilda uttalanden ---------------------------------------------------------------

    /**
     * "Kristin Jacobsson (C) reserverade sig mot beslutet till förmån för det egna yrkandet." — "det egna
     * gemensamma yrkandet" when the yrkande's movers are of several parties (seed § 8), "det egna yrkandet" also
     * when others joined it (seed § 7); another's yrkande by its reference; none: "reserverade sig mot beslutet."
     */
    static String dissent(Dissent dissent, ParagraphHandling handling) {
        String who = PersonRef.list(dissent.getPersons()) + " reserverade sig mot beslutet";
        if (dissent.getFavour() == null) {
            return who + ".";
        }
        Proposal favoured = handling.proposal(dissent.getFavour());
        boolean own = dissent.getPersons().stream().allMatch(person -> favoured.isBy(person.personId()));
        if (own) {
            return who + " till förmån för det egna " + (favoured.isJoint() ? "gemensamma " : "") + "yrkandet.";
        }
        return who + " till förmån för " + reference(favoured) + ".";
    }

    /**
     * "Jan Jönsson (L) lämnade ett särskilt uttalande:"; several parties "... lämnade ett gemensamt särskilt
     * uttalande:".
     */
    static String statement(Statement statement) {
        return PersonRef.list(statement.getPersons()) + " lämnade ett "
                + (PersonRef.severalParties(statement.getPersons()) ? "gemensamt " : "") + "särskilt uttalande:";
    }

    /** "2023-12-19 kl. 10:00", Stockholm time. */
    static String dateTime(OffsetDateTime time) {
        return time.atZoneSameInstant(STOCKHOLM).format(DATE_TIME);
    }
}
