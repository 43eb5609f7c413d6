package se.namndflode.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The demo matters' own format ({@code demo/registry.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoRegistryFile(String municipality, String board, String registrar, List<DemoMatter> matters) {

    /**
     * {@code answerInDays}: the answer date, in days after the first start (negative: already passed);
     * {@code registeredDaysAgo}: taken over from an earlier register that many days ago (else registered now);
     * a ground makes it confidential; {@code stage}: the board-matter step the demo moves it to.
     */
    record DemoMatter(String kind, String title, String sender, String senderReference, Integer answerInDays,
            Integer registeredDaysAgo, String confidentialityGround, String caseOfficer, String stage,
            List<DemoDocument> documents) {
    }

    record DemoDocument(String type, String direction, String title, List<DemoDocument> attachments) {

        List<DemoDocument> attachmentsOrNone() {
            return attachments == null ? List.of() : attachments;
        }
    }
}
