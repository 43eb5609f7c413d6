package se.namndflode.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Why a request parameter (query, form field or path variable) was refused before the controller ran, as a message
 * key with its arguments, the same for pages ({@link PageErrors}: the refusal page, 400) and the API
 * ({@link ApiProblems}: an {@code invalid-value} / {@code missing-parameter} problem).
 *
 * @param parameter the parameter's name as it stands in the address ({@code days}, {@code ar}, {@code page})
 * @param messageKey {@code problem.invalid-value[.choice]}, {@code problem.missing-parameter} or
 *        {@code problem.out-of-range[.min|.max]}
 * @param arguments  {0} the parameter, {1} the value given, {2}/{3} the allowed values or bounds
 */
record ParameterRefusal(String parameter, String messageKey, Object[] arguments) {

    /** {@code ?days=abc}: a value that is not of the parameter's type (a number, a date, one of an enum's values). */
    static ParameterRefusal of(MethodArgumentTypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        String value = String.valueOf(mismatch.getValue());
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new ParameterRefusal(mismatch.getName(), "problem.invalid-value.choice",
                    new Object[] {mismatch.getName(), value, allowed});
        }
        return new ParameterRefusal(mismatch.getName(), "problem.invalid-value", new Object[] {mismatch.getName(), value});
    }

    static ParameterRefusal of(MissingServletRequestParameterException missing) {
        return new ParameterRefusal(missing.getParameterName(), "problem.missing-parameter",
                new Object[] {missing.getParameterName()});
    }

    /**
     * {@code ?days=-5}: a value outside the bounds its {@code @Min}/{@code @Max} give (the first refused parameter);
     * null when the refusal was not of a parameter's value.
     */
    static ParameterRefusal of(HandlerMethodValidationException invalid) {
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            MethodParameter parameter = result.getMethodParameter();
            String name = name(parameter);
            String value = String.valueOf(result.getArgument());
            Min min = parameter.getParameterAnnotation(Min.class);
            Max max = parameter.getParameterAnnotation(Max.class);
            if (min != null && max != null) {
                return new ParameterRefusal(name, "problem.out-of-range",
                        new Object[] {name, value, String.valueOf(min.value()), String.valueOf(max.value())});
            }
            if (min != null) {
                return new ParameterRefusal(name, "problem.out-of-range.min",
                        new Object[] {name, value, String.valueOf(min.value())});
            }
            if (max != null) {
                return new ParameterRefusal(name, "problem.out-of-range.max",
                        new Object[] {name, value, String.valueOf(max.value())});
            }
            return new ParameterRefusal(name, "problem.invalid-value", new Object[] {name, value});
        }
        return null;
    }

    /** The name the parameter has in the request ({@code @RequestParam(name = "ar") Integer year}: {@code ar}). */
    private static String name(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "?" : name;
    }
}
