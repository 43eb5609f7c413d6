package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import se.namndflode.IntegrationTest;

/**
 * The current proposal of a subject is the one made last, not the one with the highest key: proposal keys come
 * from a sequence in blocks per node, so a node still using an older block stores a later proposal under a lower
 * key than another node's earlier one.
 */
@IntegrationTest
class CurrentProposalTest extends GoalTestSupport {

    @Test
    void aLaterProposalWithALowerKeyIsTheCurrentOneAndARunComparesWithIt() {
        String code = newMunicipality();
        importFile(code, "/goal/stockholm-like.json", false);
        deployStockholmTables(code);
        Indicator indicator = as(official(code), () -> goals.goals(2026).stream()
                .filter(goal -> goal.getMunicipalityCode().equals(code)).flatMap(goal -> goals.indicators(goal)
                        .stream()).filter(found -> found.getCode().equals("I01")).findFirst().orElseThrow());
        as(official(code), () -> goals.recordOutcome(GoalRefusalsTest.outcome(indicator, "T1", "71")));
        ReportingPeriod t1 = as(official(code), () -> goals.period(code, "T1"));
        RatingProposal first = goals.proposal(SubjectType.INDICATOR, indicator.getId(), t1).orElseThrow();
        assertThat(first.getRating()).isEqualTo("HELT");

        // Another node's proposal, made after the first but stored under a lower key.
        long lowerKey = jdbc.queryForObject("select min(id) - 1 from rating_proposal", Long.class);
        jdbc.update("""
                insert into rating_proposal (id, municipality_code, subject_type, subject_id, period_id, rating,
                    reason, decision_key, decision_version, decision_definition_id, matched_rules, explanation,
                    created_at)
                values (?, ?, 'INDICATOR', ?, ?, 'INTE', 'NOT_MET', ?, ?, ?, 'indicator-rating:other', 'Annan nod.',
                    ?)""",
                lowerKey, code, indicator.getId(), t1.getId(), first.getDecisionKey(), first.getDecisionVersion(),
                first.getDecisionDefinitionId(), OffsetDateTime.now());

        RatingProposal current = goals.proposal(SubjectType.INDICATOR, indicator.getId(), t1).orElseThrow();
        assertThat(current.getId()).isEqualTo(lowerKey);
        assertThat(current.getRating()).isEqualTo("INTE");

        // A run compares with that current proposal: the tables still say HELT, so a new proposal is stored.
        int before = rows("rating_proposal", code);
        GoalRatings.Run run = as(official(code), () -> ratings.propose(code, 2026, "T1"));
        assertThat(run.stored()).isEqualTo(1);
        assertThat(rows("rating_proposal", code)).isEqualTo(before + 1);
        RatingProposal again = goals.proposal(SubjectType.INDICATOR, indicator.getId(), t1).orElseThrow();
        assertThat(again.getRating()).isEqualTo("HELT");
        assertThat(again.getId()).isNotIn(first.getId(), lowerKey);

        // And a run with nothing new stores nothing.
        assertThat(as(official(code), () -> ratings.propose(code, 2026, "T1")).stored()).isZero();
    }
}
