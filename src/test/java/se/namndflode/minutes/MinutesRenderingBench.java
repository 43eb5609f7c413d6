package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.namndflode.meeting.MeetingRecord;

/**
 * Renders minutes the size of the seed Protokoll nr 12/2023 (31 paragraphs; 13 with yrkanden of about 2 000
 * characters of argument, summaries of about 1 200) as PDF/A-2u, {@code BENCH_RUNS} times after two warm-ups, and
 * prints each run and the median. Run with {@code bench/minutes-pdf.sh}; not part of any suite (tag "bench").
 */
@Tag("bench")
class MinutesRenderingBench {

    private static final String WORDS = "Förvaltningen bedömer att åtgärderna för ökad trygghet i stadens sociala "
            + "verksamheter är väl avvägda och följer socialtjänstlagen (2001:453) och kommunallagen. ";

    @Test
    void rendersTheSeedSizedMinutesAsPdfA() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        MinutesRenderer renderer = new MinutesRenderer(engine);
        MinutesDocument document = seedSized();
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "10"));
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            renderer.pdf(renderer.html(document));
        }
        long[] millis = new long[runs];
        int pages = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            byte[] pdf = renderer.pdf(renderer.html(document));
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            pages = pdf.length;
            System.out.println("run " + (run + 1) + ": " + millis[run] + " ms, " + pdf.length + " bytes");
        }
        Arrays.sort(millis);
        long median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        System.out.println("BENCH minutes PDF/A, 31 paragraphs: median " + median + " ms of " + runs + " runs");
        assertThat(pages).isPositive();
    }

    private static MinutesDocument seedSized() {
        List<MinutesDocument.Section> sections = new ArrayList<>();
        for (int number = 1; number <= 31; number++) {
            boolean matter = number >= 5 && number <= 26;
            boolean contested = matter && number % 2 == 1 && number <= 23;
            List<String> proposals = contested ? List.of(
                    "Alexander Ojanne m.fl. (S), Rashid Mohammed m.fl. (V) och Magnus Runsten (MP) yrkade bifall till "
                            + "förvaltningens förslag till beslut.",
                    "Kristin Jacobsson (C) yrkade\n\n1. att avslå förvaltningens förslag till beslut, samt\n2. att "
                            + "därutöver anföra följande:\n\n" + WORDS.repeat(16)) : List.of();
            sections.add(new MinutesDocument.Section((long) number, number, "§ " + number,
                    "Ärende nummer " + number + " om stadens sociala verksamheter", matter
                            ? "Svar på remiss från kommunstyrelsen, Dnr KS 2023/" + (700 + number) : null,
                    matter ? "SOF 2023/" + (400 + number) : null, false, null,
                    List.of("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen."), matter,
                    null, matter ? WORDS.repeat(9) : null, proposals,
                    contested ? List.of("Ordföranden ställde de framställda förslagen till beslut mot varandra och "
                            + "fann att nämnden beslutat enligt förvaltningens förslag.") : List.of(),
                    List.<MeetingRecord.VoteRecord>of(), List.of(),
                    contested ? List.of("Kristin Jacobsson (C) reserverade sig mot beslutet till förmån för det egna "
                            + "yrkandet.") : List.of(), List.of(),
                    matter ? List.of("SOF 2023/" + (400 + number) + "-3 Tjänsteutlåtande - Ärende " + number,
                            "SOF 2023/" + (400 + number) + "-1.1 Bilaga - Remiss") : List.of(), false, true));
        }
        MinutesDocument.Cover cover = new MinutesDocument.Cover("Stockholms stad", "Socialnämnden",
                LocalDate.of(2023, 12, 12), "tisdag 12 december 2023", "kl. 18.00–20.15", "Stadshuset",
                List.of("Alexander Ojanne (S), ordförande", "Jan Jönsson (L), vice ordförande", "Rashid Mohammed (V)",
                        "Magnus Runsten (MP)", "Andrea Hedin (M)", "Kristin Jacobsson (C)", "Gabriel Kroon (SD)"),
                List.of("Ersättare Ett (S)"), List.of(), List.of("Socialdirektören"), "Eva Sekreterare",
                "Alexander Ojanne (S)",
                List.of("Jan Jönsson (L)"), "fredag 15 december 2023 kl. 10.00", "§§ 1–31");
        return new MinutesDocument(1L, "Protokoll nr 12/2023", 12, 2023, 1, Audience.INTERNAL, cover, sections, 0, null);
    }
}
