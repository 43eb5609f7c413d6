package se.namndflode.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.goal.Goals;
import se.namndflode.goal.Indicator;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.organisation.Accounts;
import se.namndflode.shared.security.SignedInUser;

/**
 * Who enters which outcomes of a follow-up: the indicators of the plan year reported in the period, each by its
 * owner (the goal model's {@code owner}) when that is an active account of the municipality, otherwise by the
 * manager who started the follow-up, so that no indicator is left without someone to ask.
 */
@Component
@Transactional(readOnly = true)
class OutcomeOwners {

    private final Goals goals;
    private final Accounts accounts;

    OutcomeOwners(Goals goals, Accounts accounts) {
        this.goals = goals;
        this.accounts = accounts;
    }

    /** The indicators the follow-up asks for, by code. */
    List<Indicator> indicators(FollowUp followUp) {
        ReportingPeriod period = period(followUp);
        return goals.goals(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear())
                .stream().flatMap(goal -> goals.indicators(goal).stream())
                .filter(indicator -> period.reports(indicator.getPeriodicity()))
                .sorted(java.util.Comparator.comparing(Indicator::getCode)).toList();
    }

    /** The indicators by who enters them (user names in order), each list by code. */
    Map<String, List<Indicator>> byOwner(FollowUp followUp) {
        Map<String, List<Indicator>> owners = new TreeMap<>();
        Map<String, String> effective = new LinkedHashMap<>();
        for (Indicator indicator : indicators(followUp)) {
            String owner = effective.computeIfAbsent(String.valueOf(indicator.getOwner()),
                    named -> ownerOrManager(indicator.getOwner(), followUp));
            owners.computeIfAbsent(owner, any -> new java.util.ArrayList<>()).add(indicator);
        }
        return owners;
    }

    /** The indicators still without an outcome for the period (a "not measured" outcome counts as given). */
    List<Indicator> missing(FollowUp followUp) {
        ReportingPeriod period = period(followUp);
        return indicators(followUp).stream().filter(indicator -> goals.outcome(indicator, period).isEmpty()).toList();
    }

    /** The missing ones of one owner's indicators. */
    List<Indicator> missing(FollowUp followUp, String owner) {
        ReportingPeriod period = period(followUp);
        return byOwner(followUp).getOrDefault(owner, List.of()).stream()
                .filter(indicator -> goals.outcome(indicator, period).isEmpty()).toList();
    }

    /** Who enters this indicator's outcomes in the follow-up. */
    String ownerOf(FollowUp followUp, Indicator indicator) {
        return ownerOrManager(indicator.getOwner(), followUp);
    }

    ReportingPeriod period(FollowUp followUp) {
        return goals.period(followUp.getMunicipalityCode(), followUp.getPeriodCode());
    }

    private String ownerOrManager(String owner, FollowUp followUp) {
        if (owner == null) {
            return followUp.getStartedBy();
        }
        try {
            SignedInUser account = accounts.loadUserByUsername(owner);
            return account.isEnabled() && account.belongsTo(followUp.getMunicipalityCode()) ? owner
                    : followUp.getStartedBy();
        } catch (UsernameNotFoundException gone) {
            return followUp.getStartedBy();
        }
    }
}
