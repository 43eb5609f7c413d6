package se.namndflode.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The secretary's console of a meeting ({@code /sammantraden/{id}/konsol}) and the members' live view
 * ({@code /sammantraden/{id}/direkt}). Both pages are a frame in the user's language; their scripts
 * ({@code /js/meeting-console.js}, {@code /js/meeting-live.js}, no inline script, as the Content-Security-Policy
 * requires) work against the JSON API ({@link MeetingConsoleApi}, {@link LiveViewApi}), which checks every change
 * and refuses with a Swedish problem detail. The scripts' own texts ({@code meeting.js.*}) travel in the page's
 * {@code data-texts} attribute.
 *
 * <p>Who: the console is the secretary's (SECRETARY) of a meeting of their municipality; the live view also the
 * board's politicians (POLITICIAN) with a seat in it on the meeting's day (403 otherwise); another municipality's
 * meeting is not found.
 */
@Controller
@RequestMapping("/sammantraden/{id}")
class ConsolePages {

    static final String CONSOLE = "meeting/console";
    static final String LIVE = "meeting/live";
    /** The prefix of the texts the scripts use. */
    static final String SCRIPT_TEXTS = "meeting.js.";

    private static final List<String> SCRIPT_KEYS = scriptKeys();

    private final Meetings meetings;
    private final LiveView live;
    private final MessageSource messages;
    private final ObjectMapper json;

    ConsolePages(Meetings meetings, LiveView live, MessageSource messages, ObjectMapper json) {
        this.meetings = meetings;
        this.live = live;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/konsol")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String console(@PathVariable Long id, Model model, Locale locale) {
        Meeting meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", Arrays.asList(ProposalKind.values()));
        model.addAttribute("texts", texts(locale));
        return CONSOLE;
    }

    @GetMapping("/direkt")
    @PreAuthorize(MeetingConsoleApi.READ)
    String live(@PathVariable Long id, Model model, Locale locale) {
        live.readable(id);
        model.addAttribute("meeting", meetings.meeting(id));
        model.addAttribute("texts", texts(locale));
        return LIVE;
    }

    /** The scripts' texts in the user's language, as JSON for the page's {@code data-texts}. */
    private String texts(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        for (String key : SCRIPT_KEYS) {
            texts.put(key.substring(SCRIPT_TEXTS.length()), messages.getMessage(key, null, key, locale));
        }
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every key with the scripts' prefix (the Swedish texts are the default; a test keeps English in step). */
    private static List<String> scriptKeys() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag("sv"));
        return Collections.list(bundle.getKeys()).stream().filter(key -> key.startsWith(SCRIPT_TEXTS)).sorted()
                .toList();
    }
}
