package se.namndflode.followup;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import se.namndflode.goal.Goal;
import se.namndflode.goal.GoalAssessed;
import se.namndflode.goal.Goals;
import se.namndflode.goal.Indicator;
import se.namndflode.goal.OutcomeRecorded;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.matter.DecisionAnnounced;
import se.namndflode.matter.MatterClosed;
import se.namndflode.shared.web.DomainException;

/**
 * Keeps the follow-up's process in step with what happens in the goal and matter capabilities, in their
 * transaction (the process's next step is behind a transaction boundary, so the person's work stands): an owner's
 * last outcome completes their task (the manager's, when the deadline had passed and the last missing one comes
 * in); an assessment completes its goal's task, and is refused when the goal's task is not open yet (outcomes still
 * being collected, or child goals not decided), whichever page or API it came through; the board's decision on the
 * report matter (or its write-off) moves the process on.
 */
@Component
class FollowUpEvents {

    private final FollowUpRepository followUps;
    private final FollowUpProcess process;
    private final OutcomeOwners owners;
    private final Goals goals;

    FollowUpEvents(FollowUpRepository followUps, FollowUpProcess process, OutcomeOwners owners, Goals goals) {
        this.followUps = followUps;
        this.process = process;
        this.owners = owners;
        this.goals = goals;
    }

    @EventListener
    void on(OutcomeRecorded recorded) {
        for (FollowUp followUp : followUps.findByMunicipalityCodeAndPlanYearAndPeriodCode(
                recorded.municipalityCode(), recorded.planYear(), recorded.periodCode())) {
            Indicator indicator = goals.indicator(recorded.indicatorId());
            if (!followUp.getBoard().getId().equals(indicator.getGoal().getBoardId())) {
                continue;
            }
            if (followUp.getState() == FollowUpState.COLLECTING_OUTCOMES) {
                String owner = owners.ownerOf(followUp, indicator);
                if (owners.missing(followUp, owner).isEmpty()) {
                    process.openTask(followUp, FollowUpProcess.ENTER_OUTCOMES, "owner", owner)
                            .ifPresent(process::complete);
                }
            } else if (followUp.getState() == FollowUpState.OUTCOMES_MISSING && owners.missing(followUp).isEmpty()) {
                process.openTask(followUp, FollowUpProcess.HANDLE_MISSING, null, null).ifPresent(process::complete);
            }
        }
    }

    @EventListener
    void on(GoalAssessed assessed) {
        for (FollowUp followUp : followUps.findByMunicipalityCodeAndPlanYearAndPeriodCode(
                assessed.municipalityCode(), assessed.planYear(), assessed.periodCode())) {
            Goal goal = goals.goal(assessed.goalId());
            if (!followUp.getBoard().getId().equals(goal.getBoardId()) || !followUp.getState().isRunning()) {
                continue;
            }
            if (followUp.getState() == FollowUpState.COLLECTING_OUTCOMES
                    || followUp.getState() == FollowUpState.OUTCOMES_MISSING) {
                throw new DomainException(HttpStatus.CONFLICT, "follow-up-outcomes-first", null,
                        "followUp.assess.outcomesFirst", FollowUps.title(followUp));
            }
            var task = process.openTask(followUp, FollowUpProcess.ASSESS_GOAL, "goalId", goal.getId());
            if (task.isPresent()) {
                process.complete(task.get());
            } else if (followUp.getState() == FollowUpState.ASSESSING
                    && goal.getLevel().getDepth() < followUp.getAssessingDepth()) {
                String waiting = undecidedBelow(followUp, goal);
                // Every goal below decided, the next level not yet open: its step runs behind a boundary.
                throw waiting.isEmpty()
                        ? new DomainException(HttpStatus.CONFLICT, "follow-up-level-opening", null,
                                "followUp.assess.levelOpening", goal.getNumber())
                        : new DomainException(HttpStatus.CONFLICT, "follow-up-children-first", null,
                                "followUp.assess.childrenFirst", goal.getNumber(), waiting);
            }
            // Otherwise a correction of a goal already decided in this follow-up: the proposals above follow it.
        }
    }

    @EventListener
    void on(DecisionAnnounced decision) {
        ended(decision.municipalityCode(), decision.matterId(), true);
    }

    @EventListener
    void on(MatterClosed closed) {
        if (closed.how() == MatterClosed.How.WRITTEN_OFF) {
            ended(closed.municipalityCode(), closed.matterId(), false);
        }
    }

    private void ended(String municipality, Long matterId, boolean decided) {
        followUps.findByMunicipalityCodeAndMatterId(municipality, matterId)
                .filter(followUp -> process.waitsIn(followUp, FollowUpProcess.AWAIT_DECISION))
                .ifPresent(followUp -> process.reportDecided(followUp, decided));
    }

    /**
     * What keeps the goal's task closed: its child goals without an assessment, else the undecided goals of the
     * level now open (numbers, comma separated).
     */
    private String undecidedBelow(FollowUp followUp, Goal goal) {
        ReportingPeriod period = owners.period(followUp);
        List<Goal> children = goals.children(goal).stream()
                .filter(child -> goals.assessment(child, period).isEmpty()).toList();
        List<Goal> waiting = !children.isEmpty() ? children
                : goals.goals(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear())
                        .stream().filter(other -> other.getLevel().getDepth() == followUp.getAssessingDepth())
                        .filter(other -> goals.assessment(other, period).isEmpty()).toList();
        return waiting.stream().map(Goal::getNumber).collect(Collectors.joining(", "));
    }
}
