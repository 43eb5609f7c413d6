package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in Swedish and English, and none is left empty. */
class MessagesInSyncTest {

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Properties english = load("messages_en.properties");
        Set<String> onlySwedish = new TreeSet<>(swedish.stringPropertyNames());
        onlySwedish.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(swedish.stringPropertyNames());
        assertThat(onlySwedish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing in messages_sv.properties").isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {"messages_sv.properties", "messages_en.properties"}) {
            Properties texts = load(file);
            Set<String> empty = new TreeSet<>();
            texts.stringPropertyNames().forEach(key -> {
                if (texts.getProperty(key).isBlank()) {
                    empty.add(key);
                }
            });
            assertThat(empty).as("empty texts in " + file).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertThat(properties).as(name).isNotEmpty();
        return properties;
    }
}
