package se.namndflode.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the engine calls from {@code bpmn/board-matter.bpmn} ({@code ${boardMatterSteps.publishNotice(matterId)}}
 * and so on): each step updates the read model and the audit log in the engine's transaction. Public only
 * because the engine's expression language calls it; no other module should.
 */
@Component("boardMatterSteps")
public class BoardMatterSteps {

    static final String ENTITY = "Matter";

    private final MatterProgressRepository progress;
    private final Registry registry;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardMatterSteps(MatterProgressRepository progress, Registry registry, Deadlines deadlines, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.progress = progress;
        this.registry = registry;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the notice of the approved minutes on the notice board, on {@code noticeDay} (ISO date; null:
     * today); returns the moment the appeal period is over (the timer's due date).
     */
    public Date publishNotice(Long matterId, String noticeDay) {
        MatterProgress matter = find(matterId);
        // The expression language hands an unset day over as an empty string.
        LocalDate today = noticeDay == null || noticeDay.isBlank() ? LocalDate.now(clock)
                : LocalDate.parse(noticeDay);
        LocalDate appealEnds = deadlines.appealPeriodEnds(today);
        matter.noticePublished(today, appealEnds);
        audit.record("NOTICE_PUBLISHED", ENTITY, matterId, matter.getMunicipalityCode(),
                "Justering anslagen " + today + "; överklagandetiden löper till och med " + appealEnds, null);
        events.publishEvent(new DecisionAnnounced(matterId, matter.getRegistryNumber(), matter.getMunicipalityCode(),
                BoardOutcome.DECIDED, today, appealEnds));
        return Date.from(appealEnds.plusDays(1).atStartOfDay(WorkingDayCalendar.STOCKHOLM).toInstant());
    }

    public void recordLegalForce(Long matterId) {
        MatterProgress matter = find(matterId);
        // The decision gains legal force the day after the appeal period, whenever the job happens to run.
        matter.legalForce(matter.getAppealPeriodEnds().plusDays(1));
        audit.record("LEGAL_FORCE", ENTITY, matterId, matter.getMunicipalityCode(),
                "Överklagandetiden har löpt ut; beslutet har vunnit laga kraft", null);
    }

    public void close(Long matterId) {
        MatterProgress matter = find(matterId);
        matter.closed(OffsetDateTime.now(clock));
        registry.changeStatus(matterId, MatterStatus.CLOSED);
        audit.record("CLOSED", ENTITY, matterId, matter.getMunicipalityCode(), "Ärendet avslutat", null);
        events.publishEvent(new MatterClosed(matterId, matter.getRegistryNumber(), matter.getMunicipalityCode(),
                MatterClosed.How.CLOSED, matter.getClosedAt()));
    }

    public void remindBeforeAnswerDue(Long matterId) {
        MatterProgress matter = find(matterId);
        matter.reminded(OffsetDateTime.now(clock));
        events.publishEvent(new MatterProgressChanged(matterId));
        audit.record("ANSWER_DUE_REMINDER", ENTITY, matterId, matter.getMunicipalityCode(),
                "Påminnelse: svarsdatum " + matter.getAnswerDue(), null);
    }

    public void markOverdue(Long matterId) {
        MatterProgress matter = find(matterId);
        matter.overdueSince(LocalDate.now(clock));
        events.publishEvent(new MatterProgressChanged(matterId));
        audit.record("OVERDUE", ENTITY, matterId, matter.getMunicipalityCode(),
                "Försenat: svarsdatum " + matter.getAnswerDue() + " har passerat", null);
    }

    public void recordWriteOff(Long matterId) {
        MatterProgress matter = find(matterId);
        registry.changeStatus(matterId, MatterStatus.CLOSED);
        audit.record("WRITTEN_OFF", ENTITY, matterId, matter.getMunicipalityCode(), "Ärendet avskrivet",
                "skäl: " + matter.getWriteOffReason());
        events.publishEvent(new MatterClosed(matterId, matter.getRegistryNumber(), matter.getMunicipalityCode(),
                MatterClosed.How.WRITTEN_OFF, matter.getWrittenOffAt()));
    }

    private MatterProgress find(Long matterId) {
        return progress.findById(matterId)
                .orElseThrow(() -> new IllegalStateException("No progress for matter " + matterId));
    }
}
