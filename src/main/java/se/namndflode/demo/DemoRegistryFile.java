package se.namndflode.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The demo matters' own format ({@code demo/registry.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoRegistryFile(String municipality, String board, String registrar, List<DemoMatter> matters) {

    /** {@code answerInDays}: the answer date, in days after the first start; a ground makes it confidential. */
    record DemoMatter(String kind, String title, String sender, String senderReference, Integer answerInDays,
            String confidentialityGround, String caseOfficer, List<DemoDocument> documents) {
    }

    record DemoDocument(String type, String direction, String title, List<DemoDocument> attachments) {

        List<DemoDocument> attachmentsOrNone() {
            return attachments == null ? List.of() : attachments;
        }
    }
}
