package se.namndflode;

import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Every module's test fixtures, in the one application context that {@link IntegrationTest} and
 * {@link BrowserTest} classes share. A test class that imported its own fixtures had a context of its own (Spring's
 * test context cache keys on the imported classes): each one another start of the application and its engine,
 * about a fifth of a test run's time. The fixtures are helpers without state of their own; named here, not by class,
 * because most are package-private to their module's tests.
 */
public class TestFixtures implements ImportSelector {

    @Override
    public String[] selectImports(AnnotationMetadata importingClassMetadata) {
        return new String[] {
            "se.namndflode.registry.RegistryFixtures",
            "se.namndflode.matter.MatterPagesFixtures",
            "se.namndflode.tasks.TaskFixtures",
            "se.namndflode.meeting.MeetingFixtures",
            "se.namndflode.meeting.KallelseFixtures",
            "se.namndflode.meeting.ConsoleFixtures",
            "se.namndflode.meeting.MinutesFixtures",
            "se.namndflode.meeting.RecordedMeetingFixtures",
        };
    }
}
