package se.namndflode.meeting;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Alternative} as its key: TODAY, ADMINISTRATION or PROPOSAL:&lt;number&gt;. */
@Converter
class AlternativeConverter implements AttributeConverter<Alternative, String> {

    @Override
    public String convertToDatabaseColumn(Alternative alternative) {
        return alternative == null ? null : alternative.key();
    }

    @Override
    public Alternative convertToEntityAttribute(String key) {
        return key == null ? null : Alternative.parse(key, "alternative");
    }
}
