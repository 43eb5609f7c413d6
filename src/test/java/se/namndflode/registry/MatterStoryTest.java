package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.UserAccount;
import se.namndflode.shared.audit.AuditEvent;

/** The matter's history as sentences: people by name, steps and outcomes in words, comments beside them. */
class MatterStoryTest {

    private final Accounts accounts = mock(Accounts.class);
    private MatterStory story;
    private Matter matter;

    @BeforeEach
    void swedish() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
        UserAccount erik = mock(UserAccount.class);
        when(erik.getUsername()).thenReturn("chef");
        when(erik.getDisplayName()).thenReturn("Erik Holm");
        when(accounts.visibleAccounts()).thenReturn(List.of(erik));
        story = new MatterStory(accounts, messages);
        matter = mock(Matter.class);
        Board board = mock(Board.class);
        when(board.getName()).thenReturn("Socialnämnden");
        when(matter.getBoard()).thenReturn(board);
        when(matter.getKind()).thenReturn(MatterKind.REFERRAL);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static AuditEvent event(String actor, String type, String action, String summary, String details) {
        AuditEvent event = mock(AuditEvent.class);
        when(event.getOccurredAt()).thenReturn(OffsetDateTime.parse("2026-11-24T10:00:00+01:00"));
        when(event.getActor()).thenReturn(actor);
        when(event.getEntityType()).thenReturn(type);
        when(event.getAction()).thenReturn(action);
        when(event.getSummary()).thenReturn(summary);
        when(event.getDetails()).thenReturn(details);
        return event;
    }

    @Test
    void eventsAreToldAsSentencesWithNamesAndComments() {
        List<MatterStory.Line> lines = story.tell(matter, List.of(
                event("chef", "Matter", "REGISTERED", "Ärende registrerat: SOF 2026/15 Remiss", "typ: REFERRAL"),
                event("system", "Matter", "PROCESS_STARTED", "Handläggning startad för SOF 2026/15", null),
                event("chef", "Document", "DOCUMENT_REGISTERED", "Handling registrerad: SOF 2026/15-1 Remiss",
                        "riktning: IN"),
                event("chef", "Matter", "UPDATED", "Handläggare ändrad: SOF 2026/15",
                        "handläggare: – → \"Sofia Lind\""),
                event("chef", "Matter", "TASK_COMPLETED", "Uppgift slutförd: Granska tjänsteutlåtande (SOF 2026/15)",
                        "utfall: APPROVED"),
                event("chef", "StaffReport", "RETURNED", "Tjänsteutlåtandet åter till handläggaren",
                        "kommentar: Förtydliga bakgrunden."),
                event("okand", "Matter", "SOMETHING_NEW", "Något nytt hände", null)));

        assertThat(lines).extracting(MatterStory.Line::text).containsExactly(
                "Erik Holm registrerade ärendet (Remiss, Socialnämnden).",
                "Handläggningen startade.",
                "Erik Holm registrerade handlingen SOF 2026/15-1 Remiss.",
                "Erik Holm gav ärendet till handläggaren Sofia Lind.",
                "Erik Holm slutförde ”Granska tjänsteutlåtande”: godkänt.",
                "Erik Holm skickade tillbaka tjänsteutlåtandet till handläggaren.",
                "okand: Något nytt hände");
        assertThat(lines.get(5).comment()).isEqualTo("Förtydliga bakgrunden.");
        assertThat(lines).extracting(MatterStory.Line::text).noneMatch(text -> text.contains("REFERRAL")
                || text.contains(" IN"));
    }
}
