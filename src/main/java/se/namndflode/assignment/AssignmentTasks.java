package se.namndflode.assignment;

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
 * The assignment tasks (appoint the responsible person, status report, explain the deviation, act on an overdue
 * assignment, the director's decision) in Mina uppgifter and Gruppens uppgifter, with a link to the assignment's
 * page, where they are done. One query for the assignments of the listed tasks.
 */
@Component
class AssignmentTasks implements TaskSubjects {

    /** The longest title the task lists show of an assignment's text. */
    static final int TITLE = 140;

    private final AssignmentRepository assignments;
    private final ApplicationEventPublisher events;

    AssignmentTasks(AssignmentRepository assignments, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.events = events;
    }

    /** Tells the task read model that what the task lists show of the assignment changed (same transaction). */
    void changed(Assignment assignment) {
        events.publishEvent(new TaskSubjectChanged(subject(assignment)));
    }

    @Override
    public String subjectIdVariable() {
        return "assignmentId";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskSubject> subject(Long id) {
        return assignments.findById(id).map(AssignmentTasks::subject);
    }

    @Override
    public List<String> processKeys() {
        return List.of(AssignmentProcess.PROCESS);
    }

    @Override
    public String messagePrefix() {
        return "assignment.";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, TaskSubject> subjects(Collection<String> processInstanceIds) {
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (Assignment assignment : assignments.findByProcessInstanceIdIn(processInstanceIds)) {
            if (Assignments.mayRead(assignment.getMunicipalityCode())) {
                subjects.put(assignment.getProcessInstanceId(), subject(assignment));
            }
        }
        return subjects;
    }

    private static TaskSubject subject(Assignment assignment) {
        return new TaskSubject(Assignments.ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                assignment.getReference(), title(assignment.getText()), "/uppdrag/" + assignment.getId(),
                assignment.getBoard().getId(), assignment.getBoard().getName(), assignment.getEndDate(),
                assignment.isOverdue(), assignment.getRemindedAt() != null);
    }

    static String title(String text) {
        return text.length() <= TITLE ? text : text.substring(0, TITLE - 1).trim() + "…";
    }
}
