package se.namndflode.followup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.tasks.TaskSubject;
import se.namndflode.tasks.TaskSubjectChanged;
import se.namndflode.tasks.TaskSubjects;

/**
 * The follow-up's tasks (an owner's outcomes, the manager's decision on missing outcomes, a goal's assessment) in
 * Mina uppgifter and Gruppens uppgifter, with a link to the follow-up's page, where they are done; due by the
 * deadline for outcomes. One query for the follow-ups of the listed tasks.
 */
@Component
class FollowUpTasks implements TaskSubjects {

    private final FollowUpRepository followUps;
    private final ApplicationEventPublisher events;

    FollowUpTasks(FollowUpRepository followUps, ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.events = events;
    }

    /**
     * Tells the task read model that what the task lists show of the follow-up changed (its reminded or overdue
     * flag, its due day), in the transaction of the change.
     */
    void changed(FollowUp followUp) {
        events.publishEvent(new TaskSubjectChanged(subject(followUp)));
    }

    @Override
    public String subjectIdVariable() {
        return "followUpId";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskSubject> subject(Long id) {
        return followUps.findById(id).map(FollowUpTasks::subject);
    }

    @Override
    public List<String> processKeys() {
        return List.of(FollowUpProcess.PROCESS);
    }

    @Override
    public String messagePrefix() {
        return "followUp.";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, TaskSubject> subjects(Collection<String> processInstanceIds) {
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (FollowUp followUp : followUps.findByProcessInstanceIdIn(processInstanceIds)) {
            if (FollowUps.mayRead(followUp.getMunicipalityCode())) {
                subjects.put(followUp.getProcessInstanceId(), subject(followUp));
            }
        }
        return subjects;
    }

    private static TaskSubject subject(FollowUp followUp) {
        boolean collecting = followUp.getState() == FollowUpState.COLLECTING_OUTCOMES;
        return new TaskSubject(FollowUps.ENTITY, followUp.getId(), followUp.getMunicipalityCode(),
                followUp.getPeriodCode() + " " + followUp.getPlanYear(),
                "Uppföljning " + followUp.getPeriodCode() + " " + followUp.getPlanYear() + ", "
                        + followUp.getBoard().getName(), "/uppfoljning/" + followUp.getId(),
                followUp.getBoard().getId(), followUp.getBoard().getName(),
                collecting ? followUp.getDeadline() : null,
                followUp.getState() == FollowUpState.OUTCOMES_MISSING, followUp.getRemindedAt() != null);
    }
}
