package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import se.namndflode.IntegrationTest;
import se.namndflode.meeting.RecordedMeetingFixtures;
import se.namndflode.meeting.RecordedMeetingFixtures.Recorded;

/**
 * The seed's §§ 7, 8, 12 and 14 recorded through the console with the seed's persons and rendered: every expected
 * phrase of the fixture for them (the project's copy, {@code seed/protokoll-12-2023.json}) — title, decision
 * points, yrkanden and att-satser, propositionsordning, reservations, the statement's introduction — appears verbatim
 * in the paragraph: § 7's reservation of M and SD "till förmån för det egna yrkandet" (SD having joined M's yrkande),
 * § 8's joint reservation "till förmån för det egna gemensamma yrkandet", § 14 with the återremiss question first,
 * § 12's joint statement on a paragraph without yrkanden. The seed's misspelling "Kristina" in § 14's reservation is
 * read by the person's canonical name (the fixture's {@code canonical_name}).
 */
@IntegrationTest
class SeedFormulasTest {

    private static final List<Integer> SEED_PARAGRAPHS = List.of(7, 8, 12, 14);

    @Autowired
    RecordedMeetingFixtures fixtures;
    @Autowired
    MinutesDocuments documents;

    private static String text(String html) {
        String body = html.replaceAll("(?s)<(style|title|bookmarks)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
    }

    @Test
    void theSeedsParagraphsRenderWithTheSeedsOwnPhrasesVerbatim() {
        SeedProtocol seed = SeedProtocol.load();
        Map<Integer, List<String>> decisions = new HashMap<>();
        for (int number : SEED_PARAGRAPHS) {
            decisions.put(number, seed.decisionPoints(number));
        }
        Recorded meeting = fixtures.seedExcerpt(decisions);
        String html = documents.render(meeting.meetingId(), Audience.INTERNAL);

        int expected = 0;
        List<String> missing = new ArrayList<>();
        for (int number : SEED_PARAGRAPHS) {
            List<String> phrases = seed.phrases(number, false);
            expected += phrases.size();
            String text = text(documents.extract(meeting.meetingId(), meeting.paragraph(number), Audience.INTERNAL));
            SeedProtocol.missing(text, phrases).forEach(phrase -> missing.add("seed § " + number + ": " + phrase));
        }
        assertThat(expected).isGreaterThanOrEqualTo(20);
        assertThat(missing).as("phrases of the seed not found verbatim").isEmpty();
        String all = text(html);
        assertThat(all).contains("Andrea Hedin m.fl. (M) och Gabriel Kroon (SD) reserverade sig mot beslutet till "
                + "förmån för det egna yrkandet.");
        assertThat(all).contains("Kristin Jacobsson (C), Jan Jönsson (L) och Andrea Hedin m.fl. (M) reserverade sig "
                + "mot beslutet till förmån för det egna gemensamma yrkandet.");
        assertThat(all.indexOf("Ordförande frågar nämnden om ärendet ska avgöras idag eller återremitteras."))
                .isPositive().isLessThan(all.indexOf("Ordföranden ställde därefter de framställda förslagen"));
    }
}
