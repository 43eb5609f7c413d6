package se.namndflode.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link Text#normalize} to every text that reaches the application: form fields and request
 * parameters (a binder editor: a control character is a field error beside the field) and JSON bodies (a
 * deserializer: a control character is a problem naming the field).
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class TextInput {

    @InitBinder
    void normalizeText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Text.normalize(text));
            }
        });
        // A password is compared byte for byte at sign-in (Spring Security reads it unbound): stored as typed.
        binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text);
            }
        });
    }

    @Bean
    Module normalizedTextModule() {
        SimpleModule module = new SimpleModule("namndflode-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                try {
                    return Text.normalize(text);
                } catch (IllegalArgumentException control) {
                    throw InvalidFormatException.from(parser, "Text contains a control character", text, String.class);
                }
            }
        });
        return module;
    }
}
