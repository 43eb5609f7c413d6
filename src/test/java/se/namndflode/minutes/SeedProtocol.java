package se.namndflode.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed Protokoll nr 12/2023 as its fixture gives it (the project's copy, {@code seed/protokoll-12-2023.json} on
 * the test class path; tests never read {@code ../shared}), and the phrases the minutes must print verbatim: per
 * paragraph its title, decision points, each yrkande's opening and att-satser, the propositionsordning, the
 * reservations (the seed's misspelt names read by their canonical form), the statements' introductions and, when
 * asked, the document references ("SOF 2023/409-3 Tjänsteutlåtande - ..."). For the 2023-12-12 reproduction's
 * acceptance (at least 98 % found) and the tests of single paragraphs.
 */
final class SeedProtocol {

    private final JsonNode root;

    private SeedProtocol(JsonNode root) {
        this.root = root;
    }

    static SeedProtocol load() {
        try (InputStream in = SeedProtocol.class.getResourceAsStream("/seed/protokoll-12-2023.json")) {
            return new SeedProtocol(new ObjectMapper().readTree(in));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    JsonNode paragraph(int number) {
        for (JsonNode paragraph : root.get("paragraphs")) {
            if (paragraph.get("number").asInt() == number) {
                return paragraph;
            }
        }
        throw new IllegalArgumentException("No § " + number + " in the seed");
    }

    /** The decision points of a paragraph, as the seed words them. */
    List<String> decisionPoints(int number) {
        List<String> points = new ArrayList<>();
        paragraph(number).get("beslut").forEach(point -> points.add(point.get("text").asText()));
        return points;
    }

    /** The phrases of a paragraph, whitespace-normalised, in the order of the seed. */
    List<String> phrases(int number, boolean documents) {
        JsonNode paragraph = paragraph(number);
        List<String> phrases = new ArrayList<>();
        phrases.add(paragraph.get("title").asText());
        paragraph.get("beslut").forEach(point -> phrases.add(point.get("text").asText()));
        paragraph.get("yrkanden").forEach(yrkande -> {
            phrases.add(yrkande.get("statement_as_written").asText());
            // A bulleted att-sats (§ 11, M) has no number of its own: its text is the phrase.
            yrkande.get("att_satser").forEach(clause -> phrases.add((clause.get("n").isNull() ? ""
                    : clause.get("n").asText() + ". ") + clause.get("text").asText()));
        });
        if (paragraph.hasNonNull("propositionsordning")) {
            phrases.add(paragraph.get("propositionsordning").get("text").asText());
        }
        paragraph.get("reservationer").forEach(reservation -> {
            String written = reservation.get("as_written").asText();
            for (JsonNode member : reservation.get("members")) {
                written = written.replace(member.get("name").asText() + " ", member.get("canonical_name").asText()
                        + " ");
            }
            phrases.add(written);
        });
        paragraph.get("sarskilda_uttalanden").forEach(statement -> phrases.add(statement.get("intro_as_written")
                .asText()));
        if (documents && paragraph.has("handlingar")) {
            paragraph.get("handlingar").forEach(document -> phrases.add(document.get("as_written").asText()));
        }
        return phrases.stream().map(phrase -> phrase.replaceAll("\\s+", " ").strip()).toList();
    }

    /** The phrases not found verbatim in the (whitespace-normalised) text. */
    static List<String> missing(String text, List<String> phrases) {
        String normalised = text.replaceAll("\\s+", " ");
        return phrases.stream().filter(phrase -> !normalised.contains(phrase)).toList();
    }
}
