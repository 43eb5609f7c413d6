package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the user interface exists in Swedish and in English, and none is empty. */
class MessageKeysTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageKeysTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {"messages_sv.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }
}
