package se.namndflode.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;

/** Drives the console API as the secretary's console does: each change carries the version the last answer gave. */
final class ConsoleApiSupport {

    final MockMvc mvc;
    final OpenMeeting meeting;
    final RequestPostProcessor secretary;

    ConsoleApiSupport(MockMvc mvc, OpenMeeting meeting, RequestPostProcessor secretary) {
        this.mvc = mvc;
        this.meeting = meeting;
        this.secretary = secretary;
    }

    record Answer(int status, String body) {

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        long version() {
            return ((Number) read("$.version")).longValue();
        }

        String detail() {
            return read("$.detail");
        }
    }

    Answer send(MockHttpServletRequestBuilder request, RequestPostProcessor who) {
        try {
            MockHttpServletResponse response = mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
            return new Answer(response.getStatus(),
                    response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    Answer get(String url) {
        return send(MockMvcRequestBuilders.get(url), secretary);
    }

    Answer post(String url, String json) {
        return send(MockMvcRequestBuilders.post(url)
                .contentType(MediaType.APPLICATION_JSON).content(json), secretary);
    }

    Answer put(String url, String json) {
        return send(MockMvcRequestBuilders.put(url)
                .contentType(MediaType.APPLICATION_JSON).content(json), secretary);
    }

    Answer delete(String url, String json) {
        return send(MockMvcRequestBuilders.delete(url)
                .contentType(MediaType.APPLICATION_JSON).content(json), secretary);
    }

    /** Posts and requires 200. */
    Answer ok(String url, String json) {
        Answer answer = post(url, json);
        if (answer.status() != 200) {
            throw new AssertionError("POST " + url + " " + json + " -> " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    long attendanceVersion() {
        return get(meeting.url() + "/attendance").version();
    }

    long version(int paragraph) {
        return get(meeting.paragraphUrl(paragraph)).version();
    }

    /** The persons present from the start of the meeting. */
    void present(String... keys) {
        for (String key : keys) {
            ok(meeting.url() + "/attendance/changes", "{\"version\":" + attendanceVersion() + ",\"personId\":"
                    + meeting.person(key) + ",\"movement\":\"ARRIVED\"}");
        }
    }

    void present(List<String> keys) {
        present(keys.toArray(String[]::new));
    }

    String ids(List<String> keys) {
        return keys.stream().map(key -> String.valueOf(meeting.person(key))).collect(Collectors.joining(",", "[",
                "]"));
    }

    Answer proposal(int paragraph, String kind, List<String> movers, String extra) {
        return ok(meeting.paragraphUrl(paragraph) + "/proposals", "{\"version\":" + version(paragraph) + ",\"kind\":\""
                + kind + "\",\"movers\":" + ids(movers) + (extra == null ? "" : "," + extra) + "}");
    }

    Answer finding(int paragraph, String kind, String finding) {
        return ok(meeting.paragraphUrl(paragraph) + "/proposition", "{\"version\":" + version(paragraph)
                + ",\"kind\":\"" + kind + "\",\"finding\":\"" + finding + "\"}");
    }

    Answer demandVote(int paragraph, int question, String demandedBy, String challenger) {
        return ok(meeting.paragraphUrl(paragraph) + "/votes", "{\"version\":" + version(paragraph)
                + ",\"questionNumber\":" + question + (demandedBy == null ? "" : ",\"demandedBy\":"
                        + meeting.person(demandedBy)) + (challenger == null ? "" : ",\"challenger\":\"" + challenger
                                + "\"") + "}");
    }

    Answer ballot(int paragraph, int question, String key, String choice) {
        return post(meeting.paragraphUrl(paragraph) + "/votes/" + question + "/ballots", "{\"version\":"
                + version(paragraph) + ",\"personId\":" + meeting.person(key) + ",\"choice\":\"" + choice + "\"}");
    }

    void ballots(int paragraph, int question, List<String> keys, String choice) {
        for (String key : keys) {
            Answer answer = ballot(paragraph, question, key, choice);
            if (answer.status() != 200) {
                throw new AssertionError(key + " " + choice + " -> " + answer.status() + " " + answer.body());
            }
        }
    }

    Answer closeVote(int paragraph, int question) {
        return post(meeting.paragraphUrl(paragraph) + "/votes/" + question + "/close", "{\"version\":"
                + version(paragraph) + "}");
    }

    Answer decide(int paragraph, String points) {
        return post(meeting.paragraphUrl(paragraph) + "/decision", "{\"version\":" + version(paragraph)
                + ",\"points\":" + points + "}");
    }
}
